"""What a headline holds besides the headline, told by its structure rather than its class
names: a kicker before it, a label or a count after it.

A kicker (a "Dachzeile", a "surtitre": "US-Konsumenten in Shoppinglaune") is written as an
element of its own before the headline's element, inside the same heading or link, with no
words of the heading outside the two; it is one when the page says so by its form: its text
ends with a colon ("Aufstand gegen britischen Premier:"), a line break or a colon stands
between the two, or the link's ``title`` reads "kicker: headline".
A label after the headline ("Post de blog", "Vidéo") is a short element the page puts at the
end of many headlines, the same words each time; a count ("11", "(40+)") is a number alone
in an element at the end; an icon link after the headline's link (a permalink drawn as an
icon) is a mark.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from aggregator.parse.listing._text import is_hidden, visible_text

#: What may stand between a kicker and its headline besides spaces.
_SEPARATOR = re.compile(r"^[\s:|•·–—-]*$")
#: A kicker's text ending in a colon: "Aufstand gegen britischen Premier:".
_COLON_END = re.compile(r"[:：]\s*$")
#: A count alone: "11", "(40+)", "1.2k"; not a year ("The best films of <span>2024</span>").
_COUNT = re.compile(r"^(?!(?:19|20)\d\d$)\(?\d[\d.,]*\s*[km+]?\)?$", re.I)
#: A label after the headline has at most this many words.
LABEL_WORDS = 3
#: ... and the page puts the same words at the end of this many headlines at least.
LABEL_REPEATS = 3


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _runs(el: Any) -> tuple[list[Any], bool]:
    """The child elements of ``el`` that show text (through wrappers holding nothing but one
    such child, "<h2><a><span>…</span> <span>…</span></a></h2>"), and whether any words of
    ``el`` stand outside them."""
    while True:
        runs = [c for c in el if isinstance(c.tag, str) and not is_hidden(c) and _norm(visible_text(c))]
        loose = _norm(el.text) + "".join(_norm(c.tail) for c in el)
        if len(runs) == 1 and not loose.strip():
            el = runs[0]
            continue
        return runs, bool(loose.strip(" :|•·–—-"))


def _between(first: Any, runs: list[Any]) -> list[Any]:
    """The siblings between ``first`` and the next run (line breaks)."""
    found = []
    node = first.getnext()
    while node is not None and node is not runs[1]:
        found.append(node)
        node = node.getnext()
    return found


def kicker_free(el: Any) -> str | None:
    """The headline of a heading or link that holds a kicker before it, told by its form;
    None when it holds none."""
    runs, loose = _runs(el)
    if len(runs) < 2 or loose:
        return None
    first = runs[0]
    kicker = _norm(visible_text(first))
    rest = _norm(" ".join(visible_text(r) or "" for r in runs[1:]))
    if not rest or not _SEPARATOR.match(first.tail or ""):
        return None
    between = _between(first, runs)
    colon = bool(_COLON_END.search(kicker) or ":" in (first.tail or ""))
    broken = any(n.tag == "br" for n in between) or any(n.tag == "br" for n in first.iter())
    if not (colon or broken or _said_by_attribute(el, kicker, rest)):
        return None
    return rest.lstrip(" :|•·–—-") or None


def _said_by_attribute(el: Any, kicker: str, rest: str) -> bool:
    """True when the ``title`` of a link in or around ``el`` reads "kicker: headline"."""
    wanted = _fold(f"{kicker.rstrip(':')}: {rest}")
    links = [*el.iter("a"), *el.iterancestors("a")]
    return any(_fold(a.get("title") or "") == wanted for a in links)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def trailing_extra(el: Any) -> Any:
    """The element at the end of a heading or link that is a count ("11") or a label the page
    repeats at the end of its headlines ("Post de blog"), after the headline's own words; None
    when there is none."""
    last = _last_run(el)
    if last is None:
        return None
    text = _norm(visible_text(last))
    if _COUNT.match(text) or _icon_link(last, text):
        return last
    if len(text.split()) <= LABEL_WORDS and _label_counts(el).get(text.casefold(), 0) >= LABEL_REPEATS:
        return last
    return None


def _icon_link(node: Any, text: str) -> bool:
    """A link drawn as an icon with a word for screen readers ("<a rel=permalink><i
    class='fas fa-link'></i><span>Permalink</span></a>") after the headline's own link."""
    return (
        node.tag == "a"
        and len(text.split()) == 1
        and any(not _norm(visible_text(i)) for i in node.iter("i", "svg"))
        and any(a is not node and a.get("href") for a in node.itersiblings("a", preceding=True))
    )


def _last_run(el: Any) -> Any:
    """The last child element of ``el`` showing text, when nothing follows it and the
    headline's words (two at least) come before it."""
    runs, _ = _runs(el)
    if not runs:
        return None
    last = runs[-1]
    parent = last.getparent()
    after = (n for n in last.itersiblings() if isinstance(n.tag, str))
    if _norm(last.tail) or any(_norm(visible_text(n)) for n in after):
        return None
    before = (
        _norm(parent.text)
        + " "
        + " ".join(_norm(visible_text(n)) + " " + _norm(n.tail) for n in last.itersiblings(preceding=True))
    )
    return last if len(before.split()) >= 2 else None


#: The page last counted and its labels: one page is read at a time.
_LABELS: list[tuple[Any, Counter[str]]] = []


def _label_counts(el: Any) -> Counter[str]:
    """How many elements of ``el``'s page end with each short text (casefolded) in an element
    of its own after their own words."""
    root = el.getroottree().getroot()
    cached = _LABELS[0] if _LABELS else None  # one read: another thread may replace it
    if cached is not None and cached[0] is root:
        return cached[1]
    counts: Counter[str] = Counter()
    for node in root.iter():
        runs = [c for c in node if isinstance(c.tag, str)]
        if len(runs) and not _norm(runs[-1].tail) and _norm(node.text):
            text = _norm(visible_text(runs[-1]))
            if text and len(text.split()) <= LABEL_WORDS:
                counts[text.casefold()] += 1
    _LABELS[:] = [(root, counts)]
    return counts
