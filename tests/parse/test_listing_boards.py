"""Boards, tables and classifieds whose list lost to another group, or came with extra items
(branch boards): a page wrapped whole in a block named like navigation, a chat beside a
board, a card's row of topics, a month's archive linked from each card, the fields of one card
taken for a list, paid cards of the list's markup, and a side column beside a list with a
showcase above it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._boxes import side_columns
from aggregator.parse.listing._placement import article_like

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
BASE = "https://site.example/"
WORDS = ["river", "harbour", "council", "station", "market", "school", "bridge", "museum", "garden", "tower"]


def _links(body: str, url: str = BASE) -> list[str]:
    page = f"<html lang='en'><head><title>Site</title></head><body>{body}</body></html>"
    parsed = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW)
    return [e.link for e in parsed.entries]


def _headline(n: int) -> str:
    return f"The {WORDS[n]} plan is discussed again by the town this week"


def test_a_page_wrapped_in_a_block_named_like_navigation_is_the_page() -> None:
    # Everything is inside "nav_container > nav_body > nav_content" (a board's theme names its
    # layout so): the wrapper of most of the page, its text too, is no menu, and the board's
    # rows are its list, not the two notices in the block below it.
    rows = "".join(
        f"<div class='row'><a class='subject' href='/board/news/{1000 + n}'>{_headline(n)}</a>"
        f"<span class='nick'>kim{n}</span><span class='time'>2026-03-09 1{n}:00</span></div>"
        for n in range(8)
    )
    notices = "".join(
        f"<div class='note'><a href='/annonce/{500 + n}'>Service notice about the new rules number {n}</a>"
        f"<p>The rules of the site change next month; read them before you post again.</p>"
        f"<span>2026-03-0{n + 1} 10:00</span></div>"
        for n in range(2)
    )
    body = (
        "<div class='nav_container'><div class='nav_body'><div class='nav_content'>"
        "<p>Maintenance tonight from 18:15 to 18:45: posting is closed meanwhile, reading is not.</p>"
        f"<div class='board'>{rows}</div></div></div></div><div class='bottom_wrap'>{notices}</div>"
    )
    assert _links(body) == [f"{BASE}board/news/{1000 + n}" for n in range(8)]


def test_a_chat_whose_few_messages_link_their_poster_is_no_list() -> None:
    # A chat of forty messages beside four dated threads: each message has a heading (the
    # poster) and a time, twelve link their poster's page; the rest read as no teaser. A group
    # most of whose members are none is not the page's list.
    def message(n: int) -> str:
        name = f"user{100 + n}"
        poster = f"<a href='https://home.site.example/{name}'>{name}</a>" if n % 3 == 0 else name
        return (
            f"<div class='msg'><h4>{poster}</h4><div class='t'>2026-03-10 10:{n:02d}</div>"
            f"<div class='txt'>message {n}</div><a href='javascript:;'>...</a></div>"
        )

    threads = "".join(
        f"<div class='thread'><h2><a href='/thread/{7000 + n}'>{_headline(n)}</a></h2>"
        f"<span>2026-03-0{n + 1} 08:00</span></div>"
        for n in range(4)
    )
    chat = "".join(message(n) for n in range(36))
    body = f"<div class='threads'>{threads}</div><div class='chat'>{chat}</div>"
    assert _links(body) == [f"{BASE}thread/{7000 + n}" for n in range(4)]


def test_a_card_s_row_of_topics_does_not_make_it_a_container() -> None:
    # Each teaser ends with its topics, eight short links on one line ("emner: Løb Triatlon
    # …"): one line of the card, not eight lists, so the teasers stay the page's list rather
    # than the three event boxes beside them.
    topics = "".join(f"<a href='/section/{w}'>{w.capitalize()}</a> " for w in WORDS[:8])
    cards = "".join(
        f"<li><h3><a href='/article/{w}-plan-discussed-again'>{_headline(n)}</a></h3>"
        f"<div class='topics'><label>topics</label> {topics}</div>"
        f"<p>What the {w} plan means for the town, and who pays for it this year.</p></li>"
        for n, w in enumerate(WORDS)
    )
    boxes = "".join(
        f"<div class='box'><h3><a href='/event/{w}-evening-walk-{n}'>Evening walk by the {w} number {n}</a>"
        "</h3>"
        f"<p>Meet at the gate at six; bring a lamp and good shoes.</p><span>1 March 2026</span></div>"
        for n, w in enumerate(WORDS[:3])
    )
    found = _links(f"<div class='articles'><ul>{cards}</ul></div><div class='col'>{boxes}</div>")
    assert found == [f"{BASE}article/{w}-plan-discussed-again" for w in WORDS]


def test_a_month_s_archive_is_no_article() -> None:
    # Each card links its month's archive twice ("2016.03.18 UP", "ARTICLES"): a listing page,
    # not a second article that would make the card a container of lists; the dated cards are
    # the page's list, not the banners of the site's programmes beside them.
    assert not article_like(f"{BASE}date/2016/03", BASE)
    assert article_like(f"{BASE}2016/03/river-plan-discussed", BASE)
    cards = "".join(
        f"<div class='item'><p class='date'><a href='/date/2016/03'>2016.03.1{n} UP</a> "
        f"<a href='/date/2016/03'>ARTICLES</a></p>"
        f"<a href='/article/{20950 + n}/'><img src='/i/{n}.jpg' alt=''><h4>{_headline(n)}</h4></a></div>"
        for n in range(7)
    )
    banners = "".join(
        f"<div class='thumb'><a href='/regular/{12400 + n}/'><img src='/b/{n}.png' alt=''>"
        f"<div class='caption'>A weekly programme about the {w} and the people who keep it going</div>"
        "</a></div>"
        for n, w in enumerate(WORDS[:9])
    )
    found = _links(f"<div id='recent'>{cards}</div><div class='regular'>{banners}</div>")
    assert found == [f"{BASE}article/{20950 + n}/" for n in range(7)]


def test_the_fields_of_one_card_are_no_list() -> None:
    # Each preview's fields are blocks named each its own way (title, username, section,
    # contents, more): the parts of one card. The previews, whose byline opens a menu of the poster's
    # five pages, are the list.
    def preview(n: int) -> str:
        menu = "".join(f"<li><a href='/member/{n}/{p}'>{p} of the member</a></li>" for p in WORDS[:5])
        return (
            f"<div class='wrap'><div class='preview'>"
            f"<div class='title'><h3><a href='/content/{700 + n}-{WORDS[n]}-plan'>{_headline(n)}</a>"
            "</h3></div>"
            f"<div class='username'><a href='/member/{n}'>poster{n}</a><ul>{menu}</ul>"
            " Posted 10.03.2026</div>"
            f"<div class='section'><a href='/list/category/{n}-news'>News of the site</a>"
            f"<p>What the site's editors write about the game and its players every week.</p></div>"
            f"<div class='contents'><p>The first lines of the article about the {WORDS[n]}, as the site"
            f" shows them before the reader opens it.</p></div>"
            f"<div class='more'><a href='/comments/{700 + n}'>{n + 2} comments so far</a></div></div></div>"
        )

    found = _links(f"<div id='content'>{''.join(preview(n) for n in range(6))}</div>")
    assert found == [f"{BASE}content/{700 + n}-{WORDS[n]}-plan" for n in range(6)]


def test_undated_cards_of_their_own_class_above_dated_ones_are_set_apart() -> None:
    # Three paid "special offer" cards of the list's markup, undated and sharing a class the
    # dated ads lack, stand above the ten dated ads: not entries.
    def card(n: int, special: bool) -> str:
        cls = " class='special'" if special else ""
        date = "" if special else f"<p>Published: 0{n % 9 + 1}.03.2026</p>"
        return (
            f"<div{cls}><h2><a href='/moto/{WORDS[n]}_{3000 + n + (50 if special else 0)}.html'>"
            f"Motorcycle by the {WORDS[n]} for sale, fine state</a></h2><p>Mileage 5500 km, year 2008</p>"
            f"{date}</div>"
        )

    cards = [card(n, True) for n in range(3)] + [card(n, False) for n in range(10)]
    body = "<div>" + "".join(cards) + "</div>"
    assert _links(body) == [f"{BASE}moto/{WORDS[n]}_{3000 + n}.html" for n in range(10)]


def test_side_columns_are_looked_for_above_a_showcase_in_the_list_s_column() -> None:
    # The list's column holds a showcase above the list; the column of boxes is beside that
    # column, a level up: it is still a side column.
    links = "".join(f"<a href='/x/{n}'>x</a>" for n in range(8))
    page = lxml.html.fromstring(
        "<html><body><div id='body'>"
        f"<div class='column left'><div class='showcase'>{links}</div>"
        f"<div class='latest'><ul id='list'>{links * 3}</ul></div></div>"
        f"<div class='column right'>{links}</div></div></body></html>"
    )
    (right,) = page.find_class("right")
    assert side_columns(page.get_element_by_id("list")) == [right]
