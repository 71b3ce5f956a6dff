"""A forum portal's news cards (XenForo's portal on a Vietnamese motorbike site): each the
thread's title link, "bởi <a href=members/name.5499/>name</a>, lúc <a>Hôm qua, lúc 20:02</a>",
a picture and a teaser. The poster's page, as the board's software writes it, was counted as a
second article on every card, and the news list as a container of lists, beaten by a slider of
five undated links. Beside an excerpt the byline's member page is the story's author; a box of a
board's latest posts (a post and its poster, no teaser) stays a box."""

from __future__ import annotations

import lxml.html

from aggregator.parse.listing._card_links import byline_links, listed_links, members_holding_several
from aggregator.parse.listing._document import Item

BASE = "https://moto.example/"


def _url(href: str) -> str:
    return href if href.startswith("http") else f"{BASE}{href}"


def _card(n: int, teaser: str) -> str:
    return (
        f"<div><a href='members/poster-{n}.{5400 + n}/'><img src='a{n}.jpg'></a>"
        f"<a class='t' href='threads/some-long-story-slug-{n}.{124900 + n}/'>A story of bikes {n}</a>"
        f"<span>bởi <a href='members/poster-{n}.{5400 + n}/'>poster {n}</a>, lúc "
        f"<a href='threads/some-long-story-slug-{n}.{124900 + n}/'>Hôm qua, lúc 20:02</a></span>"
        f"{teaser}</div>"
    )


def _item(n: int, summary: str | None) -> Item:
    return Item(
        title=f"A story of bikes {n}",
        link=_url(f"threads/some-long-story-slug-{n}.{124900 + n}/"),
        author=f"poster {n}",
        summary=summary,
    )


def test_a_member_page_in_a_teasers_byline_is_its_author() -> None:
    card = lxml.html.fromstring(_card(1, "<p>A teaser of the story, a few words long.</p>"))
    assert byline_links(card, _item(1, "A teaser of the story, a few words long.")) == {
        "members/poster-1.5401/"
    }
    cards = [lxml.html.fromstring(_card(n, "<p>A teaser of the story.</p>")) for n in range(1, 6)]
    items = [_item(n, "A teaser of the story.") for n in range(1, 6)]
    listed = [listed_links(c) for c in cards]
    assert members_holding_several(cards, listed, items, _url, BASE) == 0


def test_a_box_of_posts_and_posters_stays_a_box() -> None:
    card = lxml.html.fromstring(_card(1, ""))
    assert byline_links(card, _item(1, None)) == set()
