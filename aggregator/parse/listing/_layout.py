"""Groups of blocks that are no list of teasers, whatever they hold: the page's layout (its
header, content and footer, or its content and sidebar columns), the parts of one block, a
table's header row, and the blocks of a group that share one utility link."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._document import Item
from aggregator.parse.listing._placement import classes_of
from aggregator.words import fold

_HEADER_NAME = re.compile(r"(?:^|[\s_-])(?:header|masthead)(?:$|[\s_-])", re.I)
_FOOTER_NAME = re.compile(r"(?:^|[\s_-])footer(?:$|[\s_-])", re.I)
_CONTENT_COLUMN = re.compile(r"(?:^|[\s_-])(?:content|main|primary)(?:$|[\s_-])", re.I)
_SIDEBAR_COLUMN = re.compile(r"(?:^|[\s_-])sidebar(?:$|[\s_-])", re.I)


def header_row(el: Any) -> bool:
    """A table's row of header cells only (its column names, linked to sort the table by
    them: "Agency/Office/Location"): the table's head, never an entry. Only a row inside
    <thead>, the table's first row, or one whose cells are ``scope=col``; never where most of
    the table's rows are so (rows of th cells, each an entry's)."""
    if not _all_header_cells(el):
        return False
    table = next(el.iterancestors("table"), None)
    first = table is None or table.find(".//tr") is el
    cells = [c for c in el if isinstance(c.tag, str)]
    if not (
        first
        or any(a.tag == "thead" for a in el.iterancestors())
        or all((c.get("scope") or "").lower() == "col" for c in cells)
    ):
        return False  # asked of every row: the whole table is counted only for these few
    rows = list(table.iter("tr")) if table is not None else [el]
    return 2 * sum(_all_header_cells(r) for r in rows) <= len(rows)  # else th-headed entries


def _all_header_cells(el: Any) -> bool:
    """A table row whose cells are all header cells."""
    cells = [c for c in el if isinstance(c.tag, str)]
    return el.tag == "tr" and bool(cells) and all(c.tag == "th" for c in cells)


def own_links(items: list[Item]) -> list[Item]:
    """The items whose link is their own: one link read under different titles by several
    blocks of a group (a video box's "Weitere Informationen" to the privacy page, taken for each
    video's link) is a utility link they share, no teaser's. The same headline linked twice
    stays (a list repeating an article)."""
    titles: dict[str, set[str]] = {}
    for item in items:
        titles.setdefault(item.link or "", set()).add(fold(item.title or ""))
    return [i for i in items if len(titles[i.link or ""]) == 1]


def page_layout(members: list[Any]) -> bool:
    """True when the group holds both a header and a footer (the elements, or blocks named
    so), or both the content column and a sidebar (<main> and <aside>, or blocks named so): it
    is the page's layout (header, content, footer; content and side columns), never a list of
    teasers, however much text and how many dates its blocks hold. One of them alone is a
    list's own header ("section-header" with its "See all" link) or footer beside its teasers,
    which stay."""

    def named(el: Any, tag: str, name: re.Pattern[str]) -> bool:
        return el.tag == tag or bool(name.search(el.get("class") or ""))

    if any(named(m, "header", _HEADER_NAME) for m in members) and any(
        named(m, "footer", _FOOTER_NAME) for m in members
    ):
        return True
    # The content column beside a sidebar column ("t3-content", "t3-sidebar t3-sidebar-1"):
    # the page's columns, each holding lists of its own, not teasers.
    return any(named(m, "main", _CONTENT_COLUMN) for m in members) and any(
        named(m, "aside", _SIDEBAR_COLUMN) for m in members
    )


def one_block_parts(members: list[Any]) -> bool:
    """True when most of the group's blocks are each named with classes no other of them has
    (a card's "title", "username", "section_location", "contents"): the fields of one block,
    not teasers, which share their component's class or have none. From
    ``W.MIN_NAMED_PARTS`` blocks so named: two are a pair ("left", "right") as often."""
    names = [classes_of(m) for m in members]
    counts = Counter(c for classes in names for c in classes)
    own = sum(1 for classes in names if classes and all(counts[c] == 1 for c in classes))
    if own >= W.MIN_NAMED_PARTS and 2 * own > len(members):
        return True
    return (
        own == len(members) >= 2
        and not _same_shape(members)
        and _repeated_parts(members[0].getparent(), names)
    )


def _same_shape(members: list[Any]) -> bool:
    """True when the blocks hold the same run of child tags: a row's halves, each a teaser of its
    own ("<div class=left><h3/><span/><p/></div><div class=right><h3/><span/><p/></div>", rows
    repeated), not a card's fields (a permalink heading beside the post's text)."""
    shapes = {tuple(c.tag for c in m if isinstance(c.tag, str)) for m in members}
    return len(shapes) == 1


def _repeated_parts(parent: Any, names: list[set[str]]) -> bool:
    """True when a block beside ``parent``, of its tag and class, holds blocks named as the
    group's are, each of them: a pair of named blocks ("entryid", "wikitext" in a weblog's
    "blogentry") that the blocks beside repeat is the fields of a card those blocks are the
    list of, not a list in one of them (a pair alone is as often "left" and "right")."""
    if parent is None or parent.getparent() is None:
        return False
    kind = (parent.tag, parent.get("class"))
    for other in parent.getparent():
        if other is parent or (other.tag, other.get("class")) != kind:
            continue
        held = {c for child in other if isinstance(child.tag, str) for c in classes_of(child)}
        if all(classes and classes <= held for classes in names):
            return True
    return False
