"""Rules of branch regions: a front's teaser cards written as <article>s without a heading (a
kicker <span>, then the headline's only link in a <div>) are read as teasers, their link's
text the headline; a member of the chosen list that is a section of such <article>s (a lead
and smaller stories) gives each of them, not one entry named by the section's label."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.exceptions import ParseError
from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

STORIES = [
    "Minister resigns over a leaked memo on housing",
    "Coalition talks stall over the new energy bill",
    "Local club reaches the cup final for the first time",
    "Opera house reopens after five years of repairs",
    "Bright comet seen from the hills above the town",
    "New frog species found in the southern rainforest",
    "University lab starts trials of a new flu vaccine",
    "Film festival announces its line-up for the spring",
]


def entries(body: str) -> list[tuple[str | None, str | None]]:
    page = f"<html lang='en'><head><title>Home</title></head><body>{body}</body></html>"
    found = parse_document(
        page.encode(), url="https://news.example/", source_type="html", timezone="UTC", now=NOW
    ).entries
    return [(e.link, e.title) for e in found]


def _card(i: int, title: str) -> str:
    """An <article> teaser with no heading: a picture, a kicker, the headline's only link."""
    return (
        f"<article class='teaser'><div><img src='/img/{i}.jpg' alt=''></div>"
        f"<div><span class='kicker'>Kicker {i}</span>"
        f"<div class='line'><a href='/news/id_{1000 + i}/story-number-{i}.html'>{title}</a></div>"
        f"</div></article>"
    )


def test_headingless_article_cards_are_teasers() -> None:
    body = (
        "<main><div class='stream'>"
        + "".join(_card(i, t) for i, t in enumerate(STORIES[:5]))
        + "</div></main>"
    )
    found = entries(body)
    assert found == [
        (f"https://news.example/news/id_{1000 + i}/story-number-{i}.html", t)
        for i, t in enumerate(STORIES[:5])
    ]


def test_an_article_with_several_text_links_to_one_address_is_no_teaser_read() -> None:
    """A kicker linked as well as the headline, to one address: which is the headline is not
    settled, and no teaser is read from the card alone."""
    cards = "".join(
        f"<article class='teaser'><a href='/news/id_{i}/story-number-{i}.html'>Kicker words here {i}</a>"
        f"<a href='/news/id_{i}/story-number-{i}.html'>{t}</a></article>"
        for i, t in enumerate(STORIES[:4])
    )
    with pytest.raises(ParseError):
        entries(f"<main><div class='stream'>{cards}</div></main>")


def test_a_member_that_is_a_section_of_article_cards_gives_each_card() -> None:
    teasers = "".join(
        f"<div class='item'><h2><a href='/news/id_{2000 + i}/story-lead-{i}.html'>{t}</a></h2>"
        f"<p>{t}, and what it means for the weeks ahead.</p></div>"
        for i, t in enumerate(STORIES[:4])
    )
    section = (
        "<div class='item'><h2>Storm season</h2>"
        + "".join(_card(i, t) for i, t in enumerate(STORIES[4:7], start=4))
        + "</div>"
    )
    found = entries(f"<main><div class='front'>{teasers}{section}</div></main>")
    for i, t in enumerate(STORIES[4:7], start=4):
        assert (f"https://news.example/news/id_{1000 + i}/story-number-{i}.html", t) in found
    assert not any(title == "Storm season" for _, title in found)
