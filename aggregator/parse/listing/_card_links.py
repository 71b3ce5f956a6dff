"""The links a teaser's block holds on lines of their own, as the choice of the list counts
them to tell one teaser from a container of lists (``_detect``): links inside prose are left
out, and a row of short links on one line (a card's topics after "Tags:") is one part of the
card, not as many lists.
"""

from __future__ import annotations

from typing import Any

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._text import visible_text
from aggregator.words import word_count

#: Elements that are a line of their own, not a run inside one.
_LINE_BLOCKS = frozenset(
    {
        "p",
        "li",
        "div",
        "dd",
        "dt",
        "td",
        "th",
        "blockquote",
        "figcaption",
        "section",
        "article",
        "header",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "table",
        "tr",
    }
)


def listed_links(item: Any) -> set[str]:
    """The distinct targets (without fragment) of an item's links that stand on a line of
    their own (a title, a "read more", a list of links), leaving out links inside prose:
    a full post on a blog's front page links to many pages from its sentences and is still
    one entry."""
    hrefs = set()
    prose: dict[Any, bool] = {}  # per line: its words are counted once, not once per link
    for a in item.iter("a"):
        href = a.get("href")
        if not href:
            continue
        line = _line_of(a)
        if line is not None and line not in prose:
            prose[line] = _words_outside_links(line) > W.PROSE_WORDS
        if line is not None and prose[line]:
            continue
        hrefs.add(href.split("#", 1)[0])
    return hrefs


def _line_of(el: Any) -> Any:
    return next((b for b in el.iterancestors() if b.tag in _LINE_BLOCKS), None)


def _words_outside_links(line: Any) -> int:
    links = sum(len((visible_text(a) or "").split()) for a in line.iter("a") if _line_of(a) is line)
    return len(_line_text(line).split()) - links


def _line_text(block: Any) -> str:
    """The text of ``block`` without the blocks inside it: the line a link sits in."""
    parts = [block.text or ""]
    for child in block:
        if isinstance(child.tag, str) and child.tag not in _LINE_BLOCKS:
            parts.append(visible_text(child) or "")
        parts.append(child.tail or "")
    return " ".join(parts)


def parts_linked(item: Any, hrefs: set[str]) -> int:
    """How many parts of ``item`` its ``hrefs`` (``listed_links``) lead to, a row of short
    links on one line counted once: a card's topics ("emner: Løb Triatlon Cykling MTB…",
    "Tags: a, b, c") are one line of the card, where a container of lists holds a link per
    line (a menu's <li>s, a box's headlines)."""
    rows: dict[Any, list[Any]] = {}
    for a in item.iter("a"):
        href = (a.get("href") or "").split("#", 1)[0]
        if href in hrefs:
            rows.setdefault(_line_of(a), []).append(a)
    in_rows: set[str] = set()
    count = 0
    for line, links in rows.items():
        if line is not None and _tag_row(links):
            in_rows.update((a.get("href") or "").split("#", 1)[0] for a in links)
            count += 1
    return count + len(hrefs - in_rows)


def _tag_row(links: list[Any]) -> bool:
    """Links that share a line, each a few words: a row of topics or tags."""
    return len({a.get("href") for a in links}) >= W.TAG_ROW_LINKS and all(
        word_count(visible_text(a) or "") <= W.TAG_ROW_WORDS for a in links
    )
