"""A weblog built by a wiki (DWiki's "Wandering Thoughts", branch pagesE): each post whole on
the front page, a paragraph of its day before it, a small permalink heading showing the post's
wiki name over the post's own unlinked headline, and a footer "linux/PostName written at
22:38:51; Add Comment". The rules it taught hold for any page so written.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._clocks import shows_clock_only
from aggregator.parse.listing._days import day_heading_date
from aggregator.parse.listing._document import Context
from aggregator.parse.listing._layout import one_block_parts
from aggregator.parse.listing._title_link import main_link

NOW = datetime(2023, 3, 31, 12, 0, tzinfo=UTC)
BASE = "https://wiki.example/~ann/space/blog/"
CTX = Context(base=BASE, timezone="America/Toronto", now=NOW, lang="en", day_first=False, page=BASE)

POSTS = [
    (
        "2023-03-09",
        "linux/ZFSAndNFSMountInvalidation",
        "ZFS on Linux and when you get stale mounts",
        "22:38:51",
    ),
    (
        "2023-03-08",
        "linux/DebconfWhiptailVsXterm",
        "Debconf questions do not always work in xterms",
        "23:12:30",
    ),
    ("2023-03-07", "sysadmin/ModernEmailAddressesUTF8", "Modern email addresses can be in UTF-8", "21:33:42"),
    ("2023-03-06", "unix/OpenBSDPflogTcpdump", "Special tcpdump filtering options for the pflog", "22:02:40"),
]


def _post(day: str, name: str, title: str, clock: str, comments: bool) -> str:
    page = name.split("/")[1]
    tools = (
        f"<div class='commenttools'>(<a href='/~ann/space/blog/{name}?showcomments'>3 comments</a>.)</div>"
    )
    return (
        f"<p class='daymarker'><b>{day}</b></p><div class='blogentry'><div class='entryid'><h2>"
        f"<a href='/~ann/space/blog/{name}'>{page}</a></h2></div><div class='wikitext'><h2>{title}</h2>"
        f"<p>Suppose you have <a href='/~ann/space/blog/linux/ZFSFileserverSetupIII'>ZFS NFS servers"
        f" that you are moving to a new release</a>, as <a href='https://github.com/fidian/ansi'>fidian/ansi</a>"
        f" shows in a long paragraph of the post's own text.</p><p>A second paragraph of the post.</p></div>"
        f"{tools if comments else ''}<small><a href='/~ann/space/blog/{name}'>{name}</a> written at {clock};"
        f" <a href='/~ann/space/blog/{name}?writecomment'>Add Comment</a></small></div><p> </p>"
    )


def _page() -> str:
    posts = "".join(_post(*post, comments=n != 3) for n, post in enumerate(POSTS))
    return (
        "<html lang='en'><head><title>Ann's Wiki :: blog</title></head><body><div id='header'>"
        "<a href='/~ann/'>Ann</a></div><div id='documentbody'><h1><a href='/~ann/space/blog/'>Wandering"
        f"</a></h1><div class='wtblog'><div class='maintext'>{posts}</div><div class='sidebar'><p>Categories:"
        " <a href='/~ann/space/blog/linux/'>linux</a>, <a href='/~ann/space/blog/unix/'>unix</a></p></div>"
        "</div></div></body></html>"
    )


def test_a_wiki_weblog_s_front_gives_each_post_once_with_its_headline_and_day() -> None:
    parsed = parse_document(
        _page().encode(), url=BASE, source_type="html", timezone="America/Toronto", now=NOW
    )
    assert [(e.link, e.title) for e in parsed.entries] == [
        (f"https://wiki.example/~ann/space/blog/{name}", title) for _, name, title, _ in POSTS
    ]
    # The day above the post at the time its footer shows, in Toronto (UTC-5 before 12 March).
    assert [e.published for e in parsed.entries] == [
        datetime(2023, 3, 10, 3, 38, 51, tzinfo=UTC),
        datetime(2023, 3, 9, 4, 12, 30, tzinfo=UTC),
        datetime(2023, 3, 8, 2, 33, 42, tzinfo=UTC),
        datetime(2023, 3, 7, 3, 2, 40, tzinfo=UTC),
    ]


def test_named_parts_the_blocks_beside_their_block_repeat_are_one_card_s_fields() -> None:
    # A post without comments holds two named blocks only, its permalink heading and its text:
    # the posts beside it hold them too, so they are that post's fields, not a list of two.
    page = lxml.html.fromstring(_page())
    entry = page.xpath("//div[@class='blogentry']")[3]
    pair = [c for c in entry if c.tag == "div"]
    assert [c.get("class") for c in pair] == ["entryid", "wikitext"]
    assert one_block_parts(pair)
    # Alone, a pair of named blocks is as often a list's two halves ("left", "right").
    lone = lxml.html.fromstring(
        "<div><div class='row'><div class='left'><a href='/a/'>A story on the left side</a></div>"
        "<div class='right'><a href='/b/'>A story on the right side</a></div></div></div>"
    )
    assert not one_block_parts(list(lone.find("div")))


def test_a_link_showing_its_own_address_linked_again_is_the_post_s_permalink() -> None:
    page = lxml.html.fromstring(_page())
    entry = page.xpath("//div[@class='blogentry']")[0]
    assert main_link(entry).get("href") == "/~ann/space/blog/linux/ZFSAndNFSMountInvalidation"
    # A link in a post's text showing another page's path ("fidian/ansi") is linked once.
    card = lxml.html.fromstring(
        "<div><p>As <a href='https://github.com/fidian/ansi'>fidian/ansi</a> shows.</p>"
        "<p><a href='/posts/colours-in-terminals/'>Colours differ between terminal programs</a></p></div>"
    )
    assert main_link(card).get("href") == "/posts/colours-in-terminals/"


def test_a_paragraph_of_a_day_between_the_posts_dates_the_post_after_it() -> None:
    page = lxml.html.fromstring(_page())
    entries = page.xpath("//div[@class='blogentry']")
    assert [day_heading_date(e, CTX) for e in entries] == [
        datetime(2023, 3, d, 17, 0, tzinfo=UTC) for d in (9, 8, 7, 6)
    ]
    # A flat list's date paragraph after each headline is that post's, not the next post's day.
    flat = lxml.html.fromstring(
        "<div>"
        + "".join(
            f"<h2 class='t'><a href='/p/{n}/'>The headline of post number {n}</a></h2><p>2026-11-2{n}</p>"
            for n in range(1, 5)
        )
        + "</div>"
    )
    assert [day_heading_date(h, CTX) for h in flat.xpath("//h2")] == [None] * 4


def test_a_clock_with_seconds_beside_a_post_s_name_is_a_time_of_day_alone() -> None:
    assert shows_clock_only(
        "sysadmin/ModernEmailAddressesUTF8 written at 21:33:42; Add Comment", _NEVER, CTX.date
    )
    assert not shows_clock_only("Posted 30 at 21:33:42", _NEVER, CTX.date)  # a number: a day
    assert not shows_clock_only("Nov 30 14:05", _NEVER, CTX.date)


#: A pattern of a clock alone that never matches: the line's own words decide.
_NEVER = re.compile(r"(?!)")


def test_a_link_to_a_picture_s_file_is_no_card_s_article() -> None:
    # A club's news card: a picture whose lightbox buttons link its file ("Vis bilde", an
    # empty link) before "Vis nyhet" (show the news), an unlinked headline, "Les mer".
    def card(n: int, picture: bool) -> str:
        figure = (
            f"<div class='figure'><img src='/thumbs/i{n}.jpg'><div class='btns'><a href='/upload/i{n}.jpg'"
            f" class='theater'>Vis bilde</a><a href='/upload/i{n}.jpg' class='theater'></a>"
            f"<a href='/news/show.do?id={n}'>Vis nyhet</a></div></div>"
        )
        return (
            f"<div class='item'><div class='w-box'>{figure if picture else ''}<h2>Training number {n} is"
            f" moved to the indoor hall</h2><p>The teaser of news number {n}, a sentence or two.</p>"
            f"<div class='w-footer'><small>0{n}.11.2016 | Kari Nordmann</small><a href='/news/show.do?id={n}'"
            " class='btn'>Les mer</a></div></div></div>"
        )

    body = "".join(card(n, picture=n == 2) for n in range(1, 5))
    page = f"<html lang='no'><head><title>Team</title></head><body><div id='grid'>{body}</div></body></html>"
    parsed = parse_document(page.encode(), url=BASE, source_type="html", timezone="Europe/Oslo", now=NOW)
    assert [e.link for e in parsed.entries] == [
        f"https://wiki.example/news/show.do?id={n}" for n in range(1, 5)
    ]
