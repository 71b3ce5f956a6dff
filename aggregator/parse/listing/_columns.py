"""A table's title column: in a list written as table rows, the headline is in the same column
on every row. A row whose own reading chose a link of another column (a short title, "Onebip",
beside its last post's longer "Jump to message" link) is read again from the column most rows
took their headline from (met on a Jive forum's board of nested <font> tables, whose header row
names no class). A table whose header row (of <th>s, or a first row of short labels in <td>s)
names a column for the author ("Author", "投稿者", "Thread Starter") gives each row that
column's name, also over a byline elsewhere in the row (the last reply's) when the cell is one
linked name."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from aggregator.parse.listing._byline import item_author
from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._excerpt import excerpt_html
from aggregator.parse.listing._fields import item_date
from aggregator.parse.listing._layout import header_row
from aggregator.parse.listing._link_title import link_title
from aggregator.parse.listing._text import shown_text, visible_text
from aggregator.parse.listing._title_link import headline_link

#: Rows a table needs before its title column counts, and the share of them that must agree.
MIN_ROWS = 4
MIN_AGREEING = 0.6


def same_column_titles(members: list[Any], items: list[Item], ctx: Context) -> list[Item]:
    """``items`` of table rows ``members``, those whose headline came from another column than
    most rows' read again from that column (when it holds a link with words)."""
    if len(members) < MIN_ROWS or any(m.tag != "tr" for m in members):
        return items
    columns = [_link_column(row, item, ctx) for row, item in zip(members, items, strict=True)]
    counts = Counter(c for c in columns if c is not None)
    if not counts:
        return items
    column, agreeing = counts.most_common(1)[0]
    if agreeing < MIN_AGREEING * len(members):
        return items
    return [
        item if found == column else _read_from(row, column, ctx) or item
        for row, item, found in zip(members, items, columns, strict=True)
    ]


#: A header cell naming the column of who wrote each row, the whole cell: "Last poster" or
#: "最終投稿" name the latest reply's column, not the author's.
_AUTHOR_HEADER = re.compile(
    r"(?:authors?|poster|started by|thread starter|topic starter|submitted by|posted by|"
    r"auteur|autor|autore|автор|投稿者|作者|作成者|发帖人|发布者|楼主|글쓴이|작성자)\s*[:：]?",
    re.I,
)


def column_authors(members: list[Any], items: list[Item], ctx: Context) -> list[Item]:
    """``items`` of table rows ``members``, each given the text of its cell in the column the
    table's header row names for the author (a board's "投稿者", "Thread Starter" column) when
    it has no byline of its own, or when its byline was read elsewhere in the row (the latest
    reply's "by <a>Yeahimback</a>" in its "Last Update" cell) and the cell shows one name, all
    of it a link (the starter's page)."""
    if not members or any(m.tag != "tr" for m in members):
        return items
    column = _author_column(members[0])
    if column is None:
        return items
    found = []
    for row, item in zip(members, items, strict=True):
        cell = _cell_at(row, column)
        name = " ".join((visible_text(cell) or "").split()) if cell is not None else ""
        words = name.split()
        if (
            not 1 <= len(words) <= 4
            or ctx.date(name)
            or not any(c.isalpha() for c in name)
            or (item.author and (item.author in name or not _linked_name(cell, name)))
        ):
            found.append(item)
        else:
            found.append(replace(item, author=name))
    return found


def _linked_name(cell: Any, name: str) -> bool:
    """True when ``cell`` shows only ``name``, and that as one link's text."""
    return any(" ".join((visible_text(a) or "").split()) == name for a in cell.iter("a"))


def _author_column(row: Any) -> int | None:
    """The position of the author's column named by the header row of ``row``'s table."""
    table = next(row.iterancestors("table"), None)
    if table is None:
        return None
    head = next((r for r in table.iter("tr") if header_row(r)), None)
    if head is None:
        head = _label_row(table)
    if head is None:
        return None
    position = 0
    for cell in _cells(head):
        if _AUTHOR_HEADER.fullmatch(shown_text(cell).strip()):
            return position
        position += _span(cell)
    return None


def _label_row(table: Any) -> Any:
    """The table's first row when it names columns with <td>s (a label row: short words in
    every cell, no link), as a header row of <th>s does; else None."""
    first = next((r for r in table.iter("tr") if next(r.iterancestors("table"), None) is table), None)
    if first is None or any(a.get("href") for a in first.iter("a")):
        return None
    cells = _cells(first)
    return first if len(cells) >= 3 and all(len(shown_text(c).split()) <= 3 for c in cells) else None


def _cell_at(row: Any, column: int) -> Any:
    """The cell of ``row`` that covers the ``column``-th position, spans counted."""
    position = 0
    for cell in _cells(row):
        position += _span(cell)
        if position > column:
            return cell
    return None


def _span(cell: Any) -> int:
    """The columns ``cell`` covers: its colspan, 1 when it has none or one no table has."""
    span = cell.get("colspan") or "1"
    return int(span) if span.isdigit() and 0 < int(span) < 100 else 1


def _cells(row: Any) -> list[Any]:
    return [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]


def _link_column(row: Any, item: Item, ctx: Context) -> int | None:
    """The index of the row's cell holding the link the item was read from."""
    if not item.link:
        return None
    for i, cell in enumerate(_cells(row)):
        if any(a.get("href") and ctx.url(a.get("href")) == item.link for a in cell.iter("a")):
            return i
    return None


def _read_from(row: Any, column: int, ctx: Context) -> Item | None:
    """The row read with its ``column``-th cell's link as its headline."""
    cells = _cells(row)
    if column >= len(cells):
        return None
    link = headline_link(cells[column])
    if link is None or link.tag != "a" or not sum(ch.isalpha() for ch in visible_text(link) or "") >= 2:
        return None
    title, title_el = link_title(link, ctx.date)
    title_el = title_el if title_el is not None else link
    published, date_el = item_date(row, ctx, title_el)
    author, author_el = item_author(row, ctx, title_el)
    return Item(
        title=title,
        link=ctx.url(link.get("href")),
        summary=excerpt_html(row, title_el, title, date_el, author_el),
        published=published,
        author=author,
    )
