"""A card that links its story twice: the headline, and the teaser cut with an ellipsis
("Совместный проект ученых … Торстейнна Инги...", a portal's "title" and "annotation" links
to one news item, as many CMSs print a list's cards) or written as a whole sentence ("Два
проекта … победили в конкурсе … «Сибирские Афины»."). Without a name telling which is which,
the longer link read as the headline; a text cut short, or a sentence closed with a full stop,
is the summary's when a shorter whole text links the same page beside it: a headline is not
cut on a card that also links its teaser, and not closed with a full stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._lines import word_count
from aggregator.parse.listing._text import inline_in_text, shown_text, visible_text
from aggregator.parse.listing._title import is_read_more
from aggregator.parse.listing._title_link import is_taxonomy_link

#: A text cut short: it ends with an ellipsis ("...", "…").
_CUT = re.compile(r"(?:\.\.\.|…)\s*$")
#: A sentence closed with a full stop (not an ellipsis, not an abbreviation's lone letter).
_SENTENCE = re.compile(r"[^.\s]{2}[»\"”)]?\.\s*$")
#: A date alone has at most this many words ("20 апреля 2012", "Mon, 3 May 2016").
_DATE_WORDS = 4


def uncut_link(link: Any, card: Any, date: Callable[[str | None], datetime | None]) -> Any:
    """``link``, or, when its text is cut with an ellipsis (or is a sentence), the card's other
    link to the same page before it whose text is shorter and whole: two words of letters at
    least (three, and fewer than the sentence's, beside a sentence), no "read more", no date
    alone (``date`` reads one)."""
    text = shown_text(link) if link is not None else ""
    cut, sentence = bool(_CUT.search(text)), bool(_SENTENCE.search(text))
    if not cut and not sentence:
        return link
    page = _page(link.get("href"))
    for a in card.iter("a"):
        if a is link:
            break  # a headline comes before its teaser; a "read more" after it
        other = shown_text(a)
        words = len([w for w in other.split() if any(c.isalpha() for c in w)])
        if (
            _page(a.get("href")) == page
            and (words >= 2 if cut else 3 <= words < len(text.split()))
            and len(other) < len(text)
            and not _CUT.search(other)
            and not _SENTENCE.search(other)
            and not is_read_more(other)
            and not (words <= _DATE_WORDS and date(other) is not None)
        ):
            return a
    return link


def _page(href: str | None) -> str:
    """The page an address leads to: without its fragment."""
    parts = urlsplit((href or "").strip())
    return parts._replace(fragment="").geturl()


def card_link(card: Any, link: Any) -> bool:
    """False when ``card`` is an <article> with no headline marked whose ``link`` can be no
    teaser's: a post's own page (a lone <article>: prose, several links). An <article> every
    link of which goes where ``link`` does, ``link`` the only one showing text, a headline's
    words long (``_weights.MIN_TITLE_WORDS``) and outside prose, is a front's teaser card
    written without a heading (a kicker and a linked headline in <div>s): its link is its
    headline; not when ``link`` goes to a category's, a tag's or an author's page (the card's
    metadata, its headline unlinked). (Several text links to one address, a kicker's and a
    headline's, leave which is the headline unsettled: no teaser is read.)

    An <article> among sibling <article>s (``_LISTED_ARTICLES`` at least) is one of a list's
    cards, not a post's own page: its other links may lead elsewhere (its poster's profile, a
    shop, a "read more"), as a deal's or a thread's card links them; ``link`` is its headline
    when no other link to its address shows a headline's words (a price, a "read more" may)."""
    if card.tag != "article":
        return True
    href = link.get("href")
    texts = [a for a in card.iter("a") if (visible_text(a) or "").strip()]
    if _listed(card):
        rivals = [
            a
            for a in texts
            if a is not link
            and a.get("href") == href
            and word_count(visible_text(a) or "") >= W.MIN_TITLE_WORDS
            and not is_read_more(visible_text(a) or "")
        ]
        alone = link in texts and not rivals
    else:
        alone = all(a.get("href") in (href, None) for a in card.iter("a")) and texts == [link]
    return (
        alone
        and word_count(visible_text(link) or "") >= W.MIN_TITLE_WORDS
        and not inline_in_text(link)
        and not is_taxonomy_link(link)
    )


#: <article>s beside each other, the card counted, that make each a list's card: three, so
#: that a post's page with one related <article> under it keeps its post a page.
_LISTED_ARTICLES = 3


def _listed(card: Any) -> bool:
    """True when ``card``'s parent holds ``_LISTED_ARTICLES`` <article>s or more."""
    parent = card.getparent()
    return parent is not None and sum(1 for c in parent if c.tag == "article") >= _LISTED_ARTICLES
