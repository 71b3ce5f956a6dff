"""A card's link found by its headline: a card whose headline is unlinked may repeat it in a
link of its own, laid over the whole card after its parts ("<h3>Headline</h3><ul><li><a>Photo
gallery: …</a></li></ul><a class=overlay>Headline</a>"); that link, not a longer one to a related
page (a gallery, a video), leads to the card's article."""

from __future__ import annotations

from typing import Any

from aggregator.parse.listing._text import is_hidden, visible_text


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def repeating_link(card: Any, title_el: Any) -> Any:
    """The shown link of ``card`` whose text is the unlinked ``title_el``'s, None when none is."""
    if title_el is None or title_el.tag == "a" or any(True for _ in title_el.iterancestors("a")):
        return None
    headline = _norm(visible_text(title_el))
    if not headline:
        return None
    for a in card.iter("a"):
        if (
            a.get("href")
            and not is_hidden(a)
            and a not in set(title_el.iter())
            and _norm(visible_text(a)) == headline
        ):
            return a
    return None
