"""Cards read by structure alone, learnt from development pages that fell apart once their class
names said nothing (branch opaque, test_listing_opaque_names): a deal's <article> card among
others, linking its shop and its poster besides its headline; the shop's redirect carrying the
deal's number; a CMS card's poster menu (one person's five pages), and not a lone
link to a member beside a box's latest post.
Classes here are opaque tokens, as CSS modules or utility classes leave them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import lxml.html

from aggregator.parse.listing._card_links import person_links
from aggregator.parse.listing._detect import heuristic_items
from aggregator.parse.listing._document import Context
from aggregator.parse.listing._fields import heuristic_item
from aggregator.parse.listing._placement import entry_parts

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
BASE = "https://deals.example/discussed"
CTX = Context(base=BASE, timezone="UTC", now=NOW, lang="de", day_first=True, page=BASE)


def _deal(n: int) -> str:
    return (
        f"<article class='qv tz'><div class='kp'>"
        f"<a href='/deals/cheap-lamp-number-{n}-for-12-euro-10045{n:02d}'>"
        f"<img src='/i/{n}.jpg' alt='' width='200' height='200'></a></div>"
        f"<div class='mr'><strong class='zz'><a href='/deals/cheap-lamp-number-{n}-for-12-euro-10045{n:02d}'>"
        f"Cheap desk lamp number {n} for 12 euro at the shop</a></strong>"
        f"<div class='xx'><span>12,00€</span><a href='/shops/lamp-shop'>Lamp Shop offers</a></div></div>"
        f"<div class='yy'>The lamp is cheap today, with free delivery for members of the club…"
        f"<a href='/deals/cheap-lamp-number-{n}-for-12-euro-10045{n:02d}'>Weiterlesen</a></div>"
        f"<div class='ww'><a href='/profile/poster{n}'>poster{n}</a>"
        f"<a href='/visit/thread/10045{n:02d}'>Zum Deal</a></div></article>"
    )


def test_an_article_among_articles_is_a_card_whatever_else_it_links() -> None:
    # Without a headline marked, a lone <article> linking several pages is a post's own page;
    # one of a list of <article>s is a card, its headline the only long link to its address.
    root = lxml.html.fromstring(f"<div class='gr'>{''.join(_deal(n) for n in range(3))}</div>")
    item = heuristic_item(root[1], CTX)
    assert item.link == "https://deals.example/deals/cheap-lamp-number-1-for-12-euro-1004501"
    assert item.title == "Cheap desk lamp number 1 for 12 euro at the shop"


def test_a_link_ending_in_the_entrys_number_is_a_page_of_the_entry() -> None:
    # The shop's redirect "/visit/thread/1004501" is the deal's, not a second article the card
    # holds (which would make the card a container of teasers); another deal's number is not.
    card = lxml.html.fromstring(_deal(1) + "")
    link = "https://deals.example/deals/cheap-lamp-number-1-for-12-euro-1004501"
    parts = entry_parts(card, link, lambda href: f"https://deals.example{href}")
    assert "/visit/thread/1004501" in parts
    other = lxml.html.fromstring("<div><a href='/deals/cheap-lamp-number-2-for-12-euro-1004502'>x</a></div>")
    assert not entry_parts(other, link, lambda href: f"https://deals.example{href}")


def _article(n: int) -> str:
    # A CMS's article card: its headline, its poster's menu (profile, posts, message, diary,
    # articles: each carrying the member's number), its date and its beginning.
    u = 190 + n
    return (
        f"<div class='a1'><div class='b2'><h3 class='c3'>"
        f"<a href='/content/76{n}-a-tournament-for-the-club-number-{n}'>"
        f"<span>Shall we run a tournament for the club, number {n}?</span></a></h3></div>"
        f"<div class='d4'><div class='e5'><a class='f6' href='members/{u}-poster{n}'>poster{n}</a>"
        f"<ul class='g7'><li><a href='members/{u}-poster{n}'>Profile</a></li>"
        f"<li><a href='search.php?do=finduser&amp;userid={u}'>Forum posts</a></li>"
        f"<li><a href='private.php?do=newpm&amp;u={u}'>Private message</a></li>"
        f"<li><a href='blog.php?u={u}'>Diary</a></li>"
        f"<li><a href='list.php/author/{u}-poster{n}'>Articles</a></li></ul></div>"
        f" Published 0{n}.03.2016 13:45</div>"
        f"<div class='h8'>Who wants to play a tournament this spring? Write below, we start soon "
        f"with the rules everybody knows from the last one.</div></div>"
    )


POLLS = (
    "<ul class='p1'><li><div class='p2'><h4><a href='/threads/8999'>Which game will you play "
    "this year? (252 votes)</a></h4></div><div class='p2'><h4><a href='/threads/10470'>Do you "
    "play Civilization online with friends? (102 votes)</a></h4></div></li></ul>"
)


def test_a_posters_menu_is_one_part_of_the_card() -> None:
    # Each card's poster menu links five pages of one member: a byline, not articles making
    # the card a container of lists. Read as articles, the list lost to a box of two polls.
    page = lxml.html.fromstring(
        f"<html><body><div class='x1'>{''.join(_article(n) for n in range(1, 5))}</div>"
        f"<div class='x2'>{POLLS}</div></body></html>"
    )
    ctx = replace(CTX, base="https://club.example/content/", page="https://club.example/content/")
    items, _ = heuristic_items(page, ctx)
    assert [i.link for i in items] == [
        f"https://club.example/content/76{n}-a-tournament-for-the-club-number-{n}" for n in range(1, 5)
    ]


def test_a_lone_link_to_a_member_is_no_posters_menu() -> None:
    # A box of the site's latest posts links each post and its poster's page, once: that link
    # stays what it was (the box is no card of the list for it); a menu carries the number.
    menu = {"members/195-pioner", "blog.php?u=195", "private.php?do=newpm&u=195", "/content/762-run"}
    assert person_links(menu) == menu - {"/content/762-run"}
    assert person_links({"/members/4371.html", "/board/68436-axle-bearings-post714475.html"}) == set()
