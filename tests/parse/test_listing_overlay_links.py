"""Rule of branch fronts30: a teaser whose headline is no link, linked by an overlay link
repeating the headline after the card's text and its related items, is read from the card
(its article's link), not from the block of its text (whose first link is a related
gallery's); a picture's link merely titled with the headline does not make such a card."""

from __future__ import annotations

from datetime import UTC, datetime

from _headlines import HEADLINES
from lxml import html

from aggregator.parse import parse_document
from aggregator.parse.listing._components import _card_repeating

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

LEAD = HEADLINES
SIDE = [
    "Minister resigns over a leaked memo on housing",
    "Local club reaches the cup final for the first time",
    "Opera house reopens after five years of repairs",
]


def entries(body: str) -> list[tuple[str, str | None]]:
    page = f"<html lang='en'><head><title>Home</title></head><body><main>{body}</main></body></html>"
    found = parse_document(
        page.encode(), url="https://news.example/", source_type="html", timezone="UTC", now=NOW
    ).entries
    return [(e.link, e.title) for e in found]


def _card(slug: str, title: str) -> str:
    return (
        f"<div class='teaser'><div class='content'><p class='kicker'>Kicker</p>"
        f"<h3 class='headline'>{title}</h3>"
        f"<p class='text'>{title}, and what it means for the weeks ahead in the region.</p>"
        f"<ul class='related'><li><a href='/gallery/{slug}-photos'>Photos: twenty pictures of the"
        f" day in the city</a></li></ul></div><a class='overlay' href='/news/{slug}'>{title}</a></div>"
    )


def _front() -> str:
    lead = "".join(_card(f"lead-{i}", t) for i, t in enumerate(LEAD))
    boxes = "".join(
        f"<section class='box'><h2>Section {i}</h2><div class='wrap'>{_card(f'side-{i}', t)}</div>"
        f"<p><a href='/section/{i}/'>More</a></p></section>"
        for i, t in enumerate(SIDE)
    )
    return f"<div class='stream'>{lead}</div>{boxes}"


def test_an_unlinked_headline_takes_the_overlay_link_repeating_it() -> None:
    found = entries(_front())
    assert [link for link, _ in found if "/gallery/" in link] == []
    assert ("https://news.example/news/side-1", SIDE[1]) in found
    assert len(found) == len(LEAD) + len(SIDE)


def test_a_picture_link_titled_with_the_headline_makes_no_card() -> None:
    # A video box's thumbnail: its link carries the headline in its title only (read by the
    # rule, the box's videos joined the list of a front page).
    t = SIDE[0]
    thumb = html.fromstring(
        f"<div class='wrap'><a href='/video/1.html' title='{t}'><img src='/v.jpg'>Video 02:09</a>"
        f"<h3 class='headline'>{t}</h3></div>"
    )
    overlay = html.fromstring(
        f"<div class='card'><div><h3 class='headline'>{t}</h3></div><a href='/news/1'>{t}</a></div>"
    )
    heading = next(thumb.iter("h3"))
    assert _card_repeating(heading, {heading, *heading.iterancestors()}) is None
    heading = next(overlay.iter("h3"))
    assert _card_repeating(heading, {heading, *heading.iterancestors()}) == (overlay, "/news/1")
