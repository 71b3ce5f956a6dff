"""A board's table whose columns are named by a first row of <td> labels, not <th>s (issue 12;
the dev pages showing it: flyordie_board_en, tibia_board_en): "Thread", "Started By", "Last
Update". The column so named for the author gives each row its author; a cell that is one
linked name (the starter's page) beats a "by" read elsewhere in the row (the last update's
poster), while a byline read inside the cell (the name without the day beside it) stays, and
so does one read elsewhere when the cell is more than one linked name."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse.listing._columns import column_authors
from aggregator.parse.listing._document import Context, Item

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
SITE = "https://game.example/forum/?action=board&boardid=5"
CTX = Context(base=SITE, timezone="UTC", now=NOW, lang="en", day_first=False, page=SITE)
TABLE = (
    "<table><tr><td>Thread</td><td>Started By</td><td>Last Update</td></tr>"
    "<tr><td><a href='/t/1'>One</a></td><td><a href='/u/ann'>Ann</a></td><td>by Zed</td></tr>"
    "<tr><td><a href='/t/2'>Two</a></td><td><a href='/u/bo'>Bo</a> May 2015</td><td>by Zed</td></tr>"
    "<tr><td><a href='/t/3'>Three</a></td><td><a href='/u/cy'>Cy</a> May 2015</td><td>by Zed</td></tr>"
    "<tr><td><a href='/t/4'>Four</a></td><td><a href='/u/di'>Di</a></td><td>12</td></tr>"
    "</table>"
)


def test_the_author_columns_linked_name_wins_over_a_byline_read_elsewhere() -> None:
    rows = lxml.html.fromstring(TABLE).findall(".//tr")[1:]
    items = [
        Item(title="One", link="/t/1", author="Zed"),
        Item(title="Two", link="/t/2", author="Bo"),
        Item(title="Three", link="/t/3", author="Zed"),
        Item(title="Four", link="/t/4"),
    ]
    assert [i.author for i in column_authors(rows, items, CTX)] == ["Ann", "Bo", "Zed", "Di"]


def test_a_first_row_of_links_names_no_column() -> None:
    # An entry's row first in its table is no label row, whatever its cells say.
    table = TABLE.replace("<td>Started By</td>", "<td><a href='/t/0'>Started By</a></td>")
    rows = lxml.html.fromstring(table).findall(".//tr")[1:]
    items = [Item(title=str(n), link=f"/t/{n}", author="Zed") for n in range(1, 5)]
    assert [i.author for i in column_authors(rows, items, CTX)] == ["Zed"] * 4
