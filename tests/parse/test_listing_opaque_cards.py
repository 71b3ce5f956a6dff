"""Cards read by structure alone, learnt from development pages that fell apart once their class
names said nothing (branch opaque, test_listing_opaque_names): a deal's <article> card among
others, linking its shop and its poster besides its headline; the shop's redirect carrying the
deal's number.
Classes here are opaque tokens, as CSS modules or utility classes leave them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

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
