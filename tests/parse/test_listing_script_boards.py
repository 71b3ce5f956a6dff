"""A forum board served by one script (issue 12; the dev page showing it: tibia_board_en): every
address is the script's with a query ("?action=thread&threadid=N"), a long thread's later pages
add a page number to its query ("…&pagenumber=2"); each row ends in its last post's cell, an
icon linking that post ("?action=thread&postid=M") beside its time and "by" the last poster;
a first row of <td> labels names the columns ("Thread", "Thread Starter", "Last Update"). A
page's number added to the thread's query is a part of the thread, an icon's link names no
other article: the rows are no containers of headlines, and the board, not a box of the
site's latest posts beside it, is the list. The starter's column, named by the label row, gives
each row its author, not the last post's "by"."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._card_links import wordless_links
from aggregator.parse.listing._columns import column_authors
from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._placement import entry_parts

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
SITE = "https://game.example"
THREADS = [
    (4950043, "Lottery of the rare hat, tickets still on sale", "Mathias Bynens", "Yeahimback", 2),
    (4947560, "Access quests", "Kildarien", "Runa Stone", 0),
    (4949302, "Heart of Destruction and Thais Bosses", "Ez Stonks", "Yeahimback", 3),
    (4920780, "Friendly Neighborhood Imbuement Service", "Ramseys", "Adometyr", 4),
    (4949413, "Motivational video", "Lokiec Amerykanska", "Alva", 0),
    (4948663, "Hello community", "Overlord Assassin", "You Know Who", 0),
]


def _url(href: str) -> str:
    return href if href.startswith("http") else SITE + href


def _row(number: int, title: str, starter: str, last: str, pages: int) -> str:
    thread = f"/forum/?action=thread&amp;threadid={number}"
    page_links = (
        "<div>(Pages: "
        + " ".join(f"<a href='{thread}&amp;pagenumber={p}'>{p}</a>" for p in range(1, pages + 1))
        + ")</div>"
        if pages
        else ""
    )
    return (
        "<tr><td><img src='/i/new.gif'></td>"
        f"<td><a href='{thread}'>{title}</a>{page_links}</td>"
        f"<td><a href='/community/?subtopic=characters&amp;name={starter.replace(' ', '+')}'>"
        f"{starter}</a></td>"
        "<td>7</td><td>768</td>"
        f"<td><span><a href='/forum/?action=thread&amp;postid=39{number}#post39{number}'>"
        "<img src='/i/lastpost.gif'></a> 04.12.2026 17:17:28</span>"
        f"<span> by <a href='/community/?subtopic=characters&amp;name={last.replace(' ', '+')}'>{last}</a>"
        "</span></td></tr>"
    )


def _latest(n: int) -> str:
    return (
        f"<div><img src='/i/forum{n}.gif'><span>Dec 0{n} 2026 16:56:27</span>"
        f"<a href='/forum/?action=thread&amp;postid=50{n}#post50{n}'>Thread: From rot to riches, part {n}</a>"
        "</div>"
    )


PAGE = (
    "<html lang='en'><head><title>Game - Forum</title></head><body>"
    "<div class='content'><div class='crumbs'><a href='/forum/?action=main'>World Boards</a></div>"
    "<table class='threads'><tr><td></td><td>Thread</td><td>Thread Starter</td><td>Replies</td>"
    "<td>Views</td><td>Last Update</td></tr>"
    + "".join(_row(*thread) for thread in THREADS)
    + "</table></div><div class='boxes'><div id='tracker'>"
    + "".join(_latest(n) for n in range(1, 5))
    + "<div><a href='/forum/?action=archive&amp;page=1'>» more</a></div></div></div></body></html>"
)


def test_a_page_number_added_to_an_items_query_is_a_part_of_the_item() -> None:
    card = lxml.html.fromstring(_row(*THREADS[0]))
    link = _url(f"/forum/?action=thread&threadid={THREADS[0][0]}")
    assert entry_parts(card, link, _url) == {
        f"/forum/?action=thread&threadid={THREADS[0][0]}&pagenumber=1",
        f"/forum/?action=thread&threadid={THREADS[0][0]}&pagenumber=2",
    }
    other = lxml.html.fromstring(
        "<div><a href='/forum/?action=thread&amp;threadid=4950043&amp;sort=new'>1</a>"
        "<a href='/forum/?action=thread&amp;threadid=4950044'>2</a>"
        "<a href='/forum/?action=board&amp;boardid=5&amp;pagenumber=2'>2</a></div>"
    )
    assert not entry_parts(other, link, _url)  # a sorted view, another thread, the board's page


def test_an_icons_link_shows_no_words() -> None:
    card = lxml.html.fromstring(_row(*THREADS[1]))
    assert wordless_links(card) == {"/forum/?action=thread&postid=394947560"}


def test_a_script_served_board_is_the_list_its_starters_the_authors() -> None:
    entries = parse_document(
        PAGE.encode(), url=f"{SITE}/forum/?action=board&boardid=142818", source_type="html", now=NOW
    ).entries
    assert [(e.link, e.title, e.author) for e in entries] == [
        (f"{SITE}/forum/?action=thread&threadid={number}", title, starter)
        for number, title, starter, _, _ in THREADS
    ]


def test_the_author_columns_linked_name_wins_over_a_byline_read_elsewhere() -> None:
    # The starter's column, named by a first row of <td> labels: a cell that is one linked name
    # is the author over the last reply's "by"; a byline read inside the cell (the name without
    # the day beside it) stays, and so does one read elsewhere when the cell is more than a name.
    table = lxml.html.fromstring(
        "<table><tr><td>Thread</td><td>Started By</td><td>Last Update</td></tr>"
        "<tr><td><a href='/t/1'>One</a></td><td><a href='/u/ann'>Ann</a></td><td>by Zed</td></tr>"
        "<tr><td><a href='/t/2'>Two</a></td><td><a href='/u/bo'>Bo</a> May 2015</td><td>by Zed</td></tr>"
        "<tr><td><a href='/t/3'>Three</a></td><td><a href='/u/cy'>Cy</a> May 2015</td><td>by Zed</td></tr>"
        "</table>"
    )
    rows = table.findall(".//tr")[1:]
    ctx = Context(base=SITE, timezone="UTC", now=NOW, lang="en", day_first=False, page=SITE)
    items = [Item(title="One", link="/t/1", author="Zed"), Item(title="Two", link="/t/2", author="Bo")]
    items.append(Item(title="Three", link="/t/3", author="Zed"))
    assert [i.author for i in column_authors(rows, items, ctx)] == ["Ann", "Bo", "Zed"]
