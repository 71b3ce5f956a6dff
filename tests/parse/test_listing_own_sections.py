"""A front page whose sections each write their teasers with their own markup (dev/time_front_en:
a "Latest stories" column of dated headlines in one section, carousels of pictured teasers in
the others, all <section class="home-section-v2 …">): the sections are one list. Blocks without
a class beside the list (a layout's right column) are not sections. A box of bylined
headlines beside the dated list ("Featured voices") is of the list too."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def links(body: str) -> list[str]:
    feed = parse_document(
        body.encode(), url="https://news.example/", source_type="html", timezone="UTC", now=NOW
    )
    return [e.link.removeprefix("https://news.example/") for e in feed.entries]


def latest(n: int) -> str:
    rows = "".join(
        f'<li class="latest__item"><a href="/2026/11/{20 + i}/latest-story-number-{i}/">'
        f'<h3 class="latest__headline">A latest story about the things of day {i}</h3></a>'
        f'<time class="latest__time">Nov {20 + i}, 2026 • 9:{10 + i} AM</time></li>'
        for i in range(n)
    )
    return f'<div class="latest"><h2>Latest stories</h2><ul>{rows}</ul></div>'


def carousel(topic: str, n: int) -> str:
    cards = "".join(
        f'<li class="card"><a class="card__link" href="/{topic}/story-{i}-about-{topic}/">'
        f'<img src="/img/{topic}-{i}.jpg" alt=""><div class="card__text">'
        f'<h3 class="card__title">The {topic} story number {i} in this week</h3>'
        "</div></a></li>"
        for i in range(n)
    )
    return f'<a href="/section/{topic}/"><h2>{topic.title()}</h2></a><ul class="cards">{cards}</ul>'


def voices(n: int) -> str:
    rows = "".join(
        f'<li class="voices__item"><span class="voices__author">'
        f'<a href="/author/writer-{i}/">Writer Number{i}</a>'
        f'</span><a href="/2026/11/voice-{i}-essay/"><h3 class="voices__headline">What the essay number {i} '
        "argues about our times</h3></a></li>"
        for i in range(n)
    )
    return f'<div class="partial voices"><h2>Featured voices</h2><ul class="voices__list">{rows}</ul></div>'


def page(sections: str) -> str:
    return (
        f'<html><body><header><nav><a href="/">Home</a></nav></header><main>{sections}</main></body></html>'
    )


def test_sections_each_with_a_list_of_their_own_are_one_list() -> None:
    found = links(
        page(
            f'<section class="home-section-v2 voices">{latest(6)}</section>'
            f'<section class="home-section-v2 climate">{carousel("climate", 5)}</section>'
            f'<section class="home-section-v2 health">{carousel("health", 4)}</section>'
        )
    )
    assert len(found) == 15
    assert found[6:8] == ["climate/story-0-about-climate/", "climate/story-1-about-climate/"]
    assert found[-1] == "health/story-3-about-health/"


def test_blocks_without_a_class_beside_the_list_are_not_sections() -> None:
    found = links(page(f"<div><div>{latest(6)}</div></div><div><div>{carousel('partners', 4)}</div></div>"))
    assert len(found) == 6
    assert all(link.startswith("2026/") for link in found)


def test_a_box_of_bylined_headlines_beside_a_dated_list_is_part_of_it() -> None:
    # Undated, without pictures or teasers, but each with its author: opinion pieces, not a
    # box of bare titles ("Top news").
    latest_box = latest(6).replace('<div class="latest">', '<div class="partial latest">')
    found = links(page(f'<section class="home-section-v2 voices">{voices(4)}{latest_box}</section>'))
    assert len(found) == 10
    assert found[:2] == ["2026/11/voice-0-essay/", "2026/11/voice-1-essay/"]


def test_a_modifier_of_a_section_does_not_name_its_role() -> None:
    # "topic--trending" is a topic section drawn another way; "trending" alone names a box.
    found = links(
        page(
            f'<section class="home-section-v2 voices">{latest(6)}</section>'
            f'<section class="home-section-v2 topic topic--trending">{carousel("climate", 5)}</section>'
            f'<section class="home-section-v2 topic">{carousel("health", 4)}</section>'
        )
    )
    assert "climate/story-0-about-climate/" in found
    assert len(found) == 15


def test_a_section_named_trending_stays_out() -> None:
    found = links(
        page(
            f'<section class="home-section-v2 voices">{latest(6)}</section>'
            f'<section class="home-section-v2 trending">{carousel("climate", 5)}</section>'
            f'<section class="home-section-v2 topic">{carousel("health", 4)}</section>'
        )
    )
    assert not any(link.startswith("climate/") for link in found)
    assert len(found) == 10
