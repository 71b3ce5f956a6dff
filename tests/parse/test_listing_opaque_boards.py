"""Boards and think-tank lists read by structure alone (branch opaque2, test_listing_opaque_names):
a thread's later pages and last reply as links to the thread with a longer query; the people a
card's byline names, linked at addresses no rule knows; a side column's boxes of headlines;
a pager between the list and the column beside it; a Chinese headline paragraph in a
whole-cell link. Classes here are opaque tokens, as CSS modules or utility classes leave them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse.listing._boxes import side_columns
from aggregator.parse.listing._card_links import (
    byline_links,
    holds_headlines,
    listed_links,
    members_holding_several,
    person_links,
)
from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._link_title import link_title
from aggregator.parse.listing._placement import entry_parts

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
BASE = "https://think.example/publications/"
CTX = Context(base=BASE, timezone="UTC", now=NOW, lang="en", day_first=False, page=BASE)


def _url(href: str) -> str:
    return href if href.startswith("http") else f"https://think.example{href}"


def test_a_threads_later_pages_and_last_reply_are_pages_of_the_thread() -> None:
    # The thread's address with a page number or "last" added to its query: no other article.
    row = lxml.html.fromstring(
        "<tr><td><a href='https://board.example/C.php?bsn=6&amp;snA=737'>A thread</a>"
        "<a href='https://board.example/C.php?bsn=6&amp;snA=737&amp;page=17'>17</a>"
        "<a href='https://board.example/C.php?bsn=6&amp;snA=737&amp;last=1'>19:48</a>"
        "<a href='https://board.example/C.php?bsn=6&amp;snA=738'>Another thread</a></td></tr>"
    )
    parts = entry_parts(row, "https://board.example/C.php?bsn=6&snA=737", _url)
    assert parts == {
        "https://board.example/C.php?bsn=6&snA=737&page=17",
        "https://board.example/C.php?bsn=6&snA=737&last=1",
    }


def _card(n: int, byline: str) -> str:
    return (
        f"<li class='q1'><h5><a href='/2016/01/{n:02d}/a-story-about-the-world-number-{n}/it{n}'>"
        f"A story about the world number {n}</a></h5><div class='q2'>{byline}"
        f" January {n}, 2016</div><p>What the paper says, in a few sentences of text.</p></li>"
    )


def test_the_people_a_byline_names_are_no_articles() -> None:
    # An expert's page by query, the starter's and the last replier's pages of one form on
    # another host: the byline's people. A member's page of a board's software stays counted
    # (a box of latest posts links each post and its poster so).
    card = lxml.html.fromstring(_card(3, "<a href='/experts/?fa=692'>Christophe Jaffrelot</a>"))
    item = Item(
        title="x",
        link=_url("/2016/01/03/a-story-about-the-world-number-3/it3"),
        author="Christophe Jaffrelot",
    )
    assert byline_links(card, item) == {"/experts/?fa=692"}
    row = lxml.html.fromstring(
        "<div><a href='C.php?snA=7'>A thread</a><a href='https://home.example/johnny'>johnny</a>"
        "<a href='https://home.example/oso117'>oso117</a></div>"
    )
    assert byline_links(row, Item(title="x", link="C.php?snA=7", author="johnny")) == {
        "https://home.example/johnny",
        "https://home.example/oso117",
    }
    board = lxml.html.fromstring(
        "<li><a href='/t/68436-axle.html'>Axle</a><a href='/members/4371.html'>bob</a></li>"
    )
    assert byline_links(board, Item(title="x", link="/t/68436-axle.html", author="bob")) == set()


def test_a_list_of_bylined_cards_is_no_container() -> None:
    # Each card links its story and its author's page: one article each. Read as two, the list
    # was a container of lists and lost to a column of boxes beside it.
    cards = [
        lxml.html.fromstring(_card(n, f"<a href='/experts/?fa={600 + n}'>Ann Author{n}</a>"))
        for n in range(1, 6)
    ]
    items = [
        Item(
            title="x",
            link=_url(f"/2016/01/{n:02d}/a-story-about-the-world-number-{n}/it{n}"),
            author=f"Ann Author{n}",
        )
        for n in range(1, 6)
    ]
    listed = [listed_links(c) for c in cards]
    assert members_holding_several(cards, listed, items, _url, BASE) == 0
    # A weblog's days: where one day holds two posts, a day of one post and its author's page
    # is such a block all the same.
    days = [*cards[:4], lxml.html.fromstring(f"<div>{_card(6, '')}{_card(7, '')}</div>")]
    day_items = [*items[:4], Item(title="x", link=_url("/2016/01/06/a-story-about-the-world-number-6/it6"))]
    listed = [listed_links(d) for d in days]
    assert members_holding_several(days, listed, day_items, _url, BASE) == 5


BOX = (
    "<div class='z3'><h4><a href='https://blog.example/'>The other blog</a></h4><ul class='z4'>"
    "<li><a href='https://blog.example/?fa=1'>Letter from a faraway city</a></li>"
    "<li><a href='https://blog.example/?fa=2'>The manipulation of a refugee problem</a></li>"
    "<li><a href='https://blog.example/?fa=3'>Will the neighbours help on refugees?</a></li>"
    "</ul></div>"
)


def test_a_box_of_headlines_is_no_teaser() -> None:
    # A box of another blog's three latest posts, wherever they lead; a card's topics are no such list.
    assert holds_headlines(lxml.html.fromstring(BOX))
    tags = lxml.html.fromstring(
        "<div><h3><a href='/s'>A story of the day</a></h3><ul><li><a href='/t/a'>Asia</a></li>"
        "<li><a href='/t/b'>Trade</a></li><li><a href='/t/c'>Energy</a></li></ul></div>"
    )
    assert not holds_headlines(tags)


def test_a_pager_after_the_list_is_no_side_column() -> None:
    # The list's column: the list, then its pager ("1 2 3 4 5"); beside it, a column of boxes.
    # Under a site menu of many links (not in <nav>) the main column holds less than a third of
    # the page's links, yet more than the column beside it.
    menu = "".join(f"<li><a href='/topic/{n}'>Topic {n}</a></li>" for n in range(60))
    cards = "".join(_card(n, f"<a href='/experts/?fa={n}'>Ann Author{n}</a>") for n in range(1, 8))
    pager = "".join(f"<a href='?page={n}'>{n}</a>" for n in range(2, 7))
    page = lxml.html.fromstring(
        f"<html><body><div class='m1'><ul>{menu}</ul></div><div class='m2'>"
        f"<div class='qvkx'><div class='l1'><ul class='u1'>{cards}</ul></div>"
        f"<div class='p1'>{pager}</div></div>"
        f"<div class='rjzt'>{BOX}{BOX}</div></div></body></html>"
    )
    container = page.find_class("u1")[0]
    assert side_columns(container) == page.find_class("rjzt")


def test_a_chinese_headline_paragraph_is_no_kicker() -> None:
    # A forum row linked whole: a headline paragraph of Chinese (no spaces between its words),
    # then its teaser paragraph. The headline is no one-word kicker for having no spaces.
    link = lxml.html.fromstring(
        "<a href='C.php?bsn=1&amp;snA=7'><div class='t9'></div><div class='k2'><div class='m4'>"
        "<p class='pq'>【情報】梵谷名畫向日葵被潑番茄湯</p></div>"
        "<p class='zr'>先說明： 我剛才在八卦板看到板友貼這則新聞， 直接連結在下面。"
        " 由於裡面的代表物之一就是從這幅畫來的…</p>"
        "</div></a>"
    )
    title, _ = link_title(link, lambda text: None)
    assert title == "【情報】梵谷名畫向日葵被潑番茄湯"


def test_an_address_urlsplit_refuses_fails_no_page() -> None:
    # A bracketed host ("http://[x/…") makes urlsplit raise: the poster's menu, the byline's
    # people and a thread's query are read without it, and the page's list is still found.
    card = lxml.html.fromstring(
        "<li><a href='/members/12-bob'>bob</a><a href='http://[x/u.php?u=12'>pm</a>"
        "<a href='http://[y/u/1'>Bob</a></li>"
    )
    assert person_links({"/members/12-bob", "http://[x/u.php?u=12"}) == set()
    assert "http://[y/u/1" in byline_links(card, Item(title="x", link="/a", author="Bob"))
    assert entry_parts(card, "https://think.example/t.php?id=1", CTX.url) == set()


def test_a_link_showing_a_piece_of_the_bylines_name_is_no_person() -> None:
    # "News" is in "Anna Newsome" but names no one: the category's link, and the article of
    # the same folder beside it, stay links of the card, not its byline's.
    card = lxml.html.fromstring(
        "<li><h2><a href='/a-long-story-about-things'>A long story about things</a></h2>"
        "<a href='/news'>News</a> <a href='/other-story-on-the-site'>Other story on the site</a>"
        " by <a href='/people/anna-newsome'>Anna Newsome</a></li>"
    )
    entry = Item(title="x", link="/a-long-story-about-things", author="Anna Newsome")
    assert byline_links(card, entry) == {"/people/anna-newsome"}


def test_a_thread_numbered_as_its_poster_is_no_posters_menu() -> None:
    # Thread 12 started by member 12: the number is the thread's own ("t"), not a person's.
    hrefs = {"/members/12-bob", "showthread.php?t=12", "blog.php?u=12"}
    assert person_links(hrefs) == {"/members/12-bob", "blog.php?u=12"}
