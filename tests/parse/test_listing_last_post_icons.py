"""A thread's last-post icon is no other article (issue 12; the dev page showing it:
tibia_board_en): a forum board served by one script, each row ending in its last post's
cell, an icon linking that post at its place in the thread ("?action=thread&postid=M#postM")
beside its time and "by" the last poster. A link showing no word that points at a place in
a page names no article of its own: the rows are no containers of headlines, and the board,
not a box of the site's latest posts beside it (links with words, to posts), is the list. A
wordless link without a fragment (a thumbnail leading to another article) still counts."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._card_links import anchored_icons

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


def test_an_icons_link_to_a_place_in_a_page_names_no_article() -> None:
    card = lxml.html.fromstring(_row(*THREADS[1]))
    assert anchored_icons(card) == {"/forum/?action=thread&postid=394947560"}
    teaser = lxml.html.fromstring(
        "<div><a href='/news/other-story'><img src='/i/thumb.jpg'></a>"
        "<a href='/news/story#comments'><img src='/i/bubble.gif'></a><a href='/news/story'>Story</a></div>"
    )
    assert not anchored_icons(teaser)  # a thumbnail's article; the story's own comments


def test_a_board_with_last_post_icons_is_the_list() -> None:
    entries = parse_document(
        PAGE.encode(), url=f"{SITE}/forum/?action=board&boardid=142818", source_type="html", now=NOW
    ).entries
    assert [(e.link, e.title, e.author) for e in entries] == [
        (f"{SITE}/forum/?action=thread&threadid={number}", title, starter)
        for number, title, starter, _, _ in THREADS
    ]
