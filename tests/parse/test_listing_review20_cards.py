"""Misfires of the listing rules found in review (fix20): a dateline place after a byline's
slash, a thumbnail's photo credit beside a card's heading."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._link_title import link_title

NOW = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)

HEADS = [
    "Government passes a new law on pensions",
    "Rail strike halts commuter traffic across the country",
    "New study shows the effects of a warmer climate",
    "City council debates the costly repair of the bridge",
    "Researchers find a new species in the rainforest",
]


def _entries(card: str, lang: str = "en") -> list[tuple[str | None, str | None]]:
    page = (
        f"<html lang='{lang}'><body><div class='list'>"
        + "".join(card.format(n=n, h=h) for n, h in enumerate(HEADS, 1))
        + "</div></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://news.example/", source_type="html", timezone="UTC", now=NOW
    )
    return [(e.title, e.author) for e in parsed.entries]


def _authors(byline: str) -> set[str | None]:
    card = (
        "<article class='card'><h2><a href='/2026/11/{n}/story-{n}'>{h}</a></h2>"
        f"<p class='byline'>{byline}</p><time>Nov {{n}}, 2026</time></article>"
    )
    return {author for _, author in _entries(card)}


def test_a_place_after_a_bylines_slash_is_no_co_author() -> None:
    assert _authors("By Jane Doe / New York") == {"Jane Doe"}
    assert _authors("By Jane Doe / NEW YORK") == {"Jane Doe"}
    assert _authors("By Jane Doe / AP") == {"Jane Doe"}
    # The byline links its names: the unlinked part after the slash is the place when it
    # reads as one (review21: unlinked alone is not enough, see test_listing_review21).
    assert _authors("By <a href='/author/jane-doe'>Jane Doe</a> / Los Angeles") == {"Jane Doe"}


def test_co_authors_joined_by_a_slash_stay() -> None:
    assert _authors("By Jane Doe / John Roe") == {"Jane Doe / John Roe"}
    assert _authors(
        "By <a href='/author/jane-doe'>Jane Doe</a> / <a href='/author/new-man'>Newton Man</a>"
    ) == {"Jane Doe / Newton Man"}
    assert _authors("By Jane Doe and John Roe") == {"Jane Doe and John Roe"}


def test_a_photo_credit_never_beats_the_cards_heading() -> None:
    # The thumbnail's link shows only its credit; the heading beside it is the headline.
    for credit in ("<span>Reuters</span>", "<span class='credit'>AP</span>", "Getty"):
        card = (
            f"<article class='card'><a href='/2026/11/{{n}}/story-{{n}}'><img src='/p{{n}}.jpg'>{credit}</a>"
            "<h3>{h}</h3><time>Nov {n}, 2026</time></article>"
        )
        assert [t for t, _ in _entries(card)] == HEADS, credit
    # A link around the card: its heading, however short, over the credit beside the picture.
    for html in (
        "<a href='/x'><div class='thumb'><img src='/p.jpg'><span>Reuters</span></div><h3>Snapchat</h3></a>",
        "<a href='/x'><figure><img src='/p.jpg'><figcaption>AP</figcaption></figure><h3>Snapchat</h3></a>",
    ):
        assert link_title(lxml.html.fragment_fromstring(html), lambda _: None)[0] == "Snapchat", html


def test_a_one_word_title_every_thumbnail_shares_is_still_a_headline() -> None:
    # 1f334f5: an archive of untitled posts, each a thumbnail titled by its credit.
    page = (
        "<html><body><div class='gallery'>"
        + "".join(
            f"<div class='item'><a href='/2026/11/{n}/story-{n}' title='Reuters'>"
            f"<img src='/p{n}.jpg' alt='{h}'></a><span>3 Nov 2026</span></div>"
            for n, h in enumerate(HEADS)
        )
        + "</div></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://example.org/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.title for e in parsed.entries] == ["Reuters"] * len(HEADS)
