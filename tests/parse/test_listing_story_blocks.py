"""A front's story blocks of other markups (issue 12: recall on fronts), written small: a
carousel of four lead stories chosen as the list, over a ticker of press releases and a
column of notices, each of its own markup, whose links are the site's stories of the same
shape. They join the list when they hold more stories than it; a list that holds most of the
page's stories keeps its boxes out, and links of another shape (a section menu, galleries a
level deeper) or in a side part stay out.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse.listing._story_blocks import url_shape
from aggregator.types import RawEntry

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def entries(body: str) -> tuple[RawEntry, ...]:
    return parse_document(
        body.encode(), url="https://agency.example/", source_type="html", timezone="UTC", now=NOW
    ).entries


def story(kind: str, n: int) -> str:
    return f"https://agency.example/{kind}-announces-the-measure-number-{n}/"


def carousel(count: int) -> str:
    slides = "".join(
        f"<li><div class='slide'><a href='{story('lead', n)}'><img src='/img/{n}.jpg' alt=''></a>"
        f"<h2><a href='{story('lead', n)}'>The minister opens the new campus of the university {n}</a>"
        "</h2><p>Two thousand students will study and live on the campus from next autumn.</p>"
        "</div></li>"
        for n in range(count)
    )
    return f"<div class='carousel'><ul>{slides}</ul></div>"


def ticker(kind: str, count: int) -> str:
    links = "".join(
        f"<li><a href='{story(kind, n)}'>The ministry announces the measure number {n} today</a></li>"
        for n in range(count)
    )
    return f"<div class='ticker'><h3>Press releases</h3><ul>{links}</ul></div>"


def notices(count: int) -> str:
    links = "".join(
        f"<p class='notice'><a href='{story('notice', n)}'>Notice number {n} on the exams of the term</a></p>"
        for n in range(count)
    )
    return f"<div class='tab'><div class='pane'>{links}</div></div>"


def menu() -> str:
    names = ("health", "schools", "roads")
    links = "".join(f"<li><a href='/{name}/'>{name.title()}</a></li>" for name in names)
    return f"<div class='topics'><ul>{links}</ul></div>"


def page(*blocks: str) -> str:
    return f"<html lang='en'><body><div id='content'>{''.join(blocks)}</div></body></html>"


def test_a_fronts_story_blocks_of_other_markups_join_its_list() -> None:
    side = f"<aside><div class='more'>{ticker('side', 6)}</div></aside>"
    found = entries(page(carousel(4), ticker("press", 5), notices(4), menu(), side))
    assert [e.link for e in found] == [
        *(story("lead", n) for n in range(4)),
        *(story("press", n) for n in range(5)),
        *(story("notice", n) for n in range(4)),
    ]


def test_a_list_holding_most_stories_keeps_its_boxes_out() -> None:
    found = entries(page(carousel(4), ticker("press", 3)))
    assert [e.link for e in found] == [story("lead", n) for n in range(4)]


def test_links_of_another_shape_are_no_story_block() -> None:
    assert url_shape(story("press", 1)) == url_shape(story("lead", 2))
    assert url_shape("https://agency.example/gallery/photos-of-the-day/") != url_shape(story("lead", 2))
    assert url_shape("https://agency.example/health/") != url_shape(story("lead", 2))
    assert url_shape("https://agency.example/a/?id=12345") != url_shape("https://agency.example/a/?p=12345")
