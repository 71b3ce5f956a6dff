"""Cards read by structure alone, learnt from development pages that fell apart once their class
names said nothing (branch opaque, test_listing_opaque_names): a deal's <article> card among
others, linking its shop and its poster besides its headline; the shop's redirect carrying the
deal's number; a forum card's poster menu; a Chinese headline paragraph in a whole-cell link.
Classes here are opaque tokens, as CSS modules or utility classes leave them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse.listing._card_links import parts_linked, person_links
from aggregator.parse.listing._document import Context
from aggregator.parse.listing._fields import heuristic_item
from aggregator.parse.listing._link_title import link_title
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


def test_a_posters_menu_is_one_part_of_the_card() -> None:
    # A forum's card carries its poster's menu (profile, posts, messages, diary), each a link
    # carrying the member's number: one byline, not five parts nor articles.
    card = lxml.html.fromstring(
        "<div class='a1'><h3>"
        "<a href='/content/762-shall-we-run-a-tournament'>Shall we run a tournament?</a></h3>"
        "<a href='members/195-pioner'>pioner</a><ul class='q7'>"
        "<li><a href='members/195-pioner'>Profile</a></li>"
        "<li><a href='search.php?do=finduser&amp;userid=195'>Forum posts</a></li>"
        "<li><a href='private.php?do=newpm&amp;u=195'>Private message</a></li>"
        "<li><a href='blog.php?u=195'>Diary</a></li></ul></div>"
    )
    hrefs = {a.get("href") for a in card.iter("a")}
    assert person_links(hrefs) == hrefs - {"/content/762-shall-we-run-a-tournament"}
    assert parts_linked(card, hrefs) == 2


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
