"""Fixes from review 37 of the homes branch's card rules (``_discussion``, ``_own_address``) and
the byline links' tests, each checked on a written page that fails without it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.parse import parse_document

NOW = datetime(2019, 12, 21, 12, 0, tzinfo=UTC)


def _feed(
    card: str, url: str, lang: str = "en"
) -> list[tuple[str | None, str | None, datetime | None, str | None]]:
    cards = "".join(card.format(n=n) for n in range(1, 5))
    body = f"<html lang='{lang}'><body><main><section>{cards}</section></main></body></html>".encode()
    feed = parse_document(body, url=url, source_type="html", timezone="UTC", now=NOW)
    return [(e.link, e.title, e.published, e.author) for e in feed.entries]


def test_a_headline_starting_with_a_label_word_keeps_the_cards_date_and_author() -> None:
    # "Ends", "Answered", "Commented" start ordinary headlines too: the headline is no
    # discussion's line, and the block holding it with the date line is no wrapper of one.
    card = (
        "<article class='post'><div class='body'><h2><a href='/p/{n}'>Ends of the empire, part {n}</a></h2>"
        "<time datetime='2019-12-1{n}T10:00:00Z'>1{n} December 2019</time>"
        " <span class='author'>Anna Reyes</span></div>"
        "<p>A long piece about the ends of empires and what follows them, in several parts.</p></article>"
    )
    got = _feed(card, "https://blog.example/")
    assert [(published, author) for _, _, published, author in got] == [
        (datetime(2019, 12, 10 + n, 10, tzinfo=UTC), "Anna Reyes") for n in range(1, 5)
    ]


@pytest.mark.parametrize("text", ["Zum Shop", "Shop"])
def test_a_malformed_link_in_a_card_does_not_fail_the_page(text: str) -> None:
    # urldefrag and urlsplit raise ValueError on a bracketed host ("http://[broken/…#top"): one odd
    # link on a card whose title is named, not a heading (the card's own address), or of one
    # word (a user's handle?), failed the whole document.
    card = (
        "<article class='thread'><strong class='thread-title'><a href='/deals/{n}'>"
        "Deal number {n} for a cheap laptop</a></strong>"
        "<p>Ein gutes Angebot im Markt und online, solange der Vorrat reicht, mit Versand.</p>"
        f"<a href='http://[broken/{{n}}#top'>{text}</a></article>"
    )
    got = _feed(card, "https://deals.example/", "de")
    assert [link for link, _, _, _ in got] == [f"https://deals.example/deals/{n}" for n in range(1, 5)]


def test_a_malformed_link_beside_a_site_badge_does_not_fail_the_page() -> None:
    # A card naming the story's site as a badge ("shop.example" to /from?site=…): the badge
    # test reads the host of each link of the card, one of which urlsplit refuses.
    card = (
        "<article class='thread'><strong class='thread-title'><a href='/deals/{n}'>"
        "Deal number {n} for a cheap laptop</a></strong>"
        " <a href='/from?site=shop.example'>shop.example</a>"
        "<p>Ein gutes Angebot im Markt und online, solange der Vorrat reicht, mit Versand.</p>"
        "<a href='http://[broken/{n}'>Zum Shop</a></article>"
    )
    got = _feed(card, "https://deals.example/", "de")
    assert [link for link, _, _, _ in got] == [f"https://deals.example/deals/{n}" for n in range(1, 5)]
