"""A portal's home with its stories in several blocks of teasers, each written in a markup of
its own (issue 12: recall on fronts): the top stories' carousel, a ticker of press releases,
a row of photo series. The best block is the list; the others, of the same element, scoring
nearly as well, in the content and linking to the site's articles, come with it. A box
headed "Most read", a menu and two cards side by side stay out.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.parse import parse_document
from aggregator.parse.listing import _weights as W
from aggregator.types import RawEntry

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def entries(body: str) -> tuple[RawEntry, ...]:
    return parse_document(
        body.encode(), url="https://portal.example/", source_type="html", timezone="UTC", now=NOW
    ).entries


def page() -> str:
    top = "".join(
        f"<li><div class='slide'><h2><a href='/minister-opens-new-bridge-{n}/'>Minister opens the new"
        f" bridge over the river {n}</a></h2><p>25.11.2026</p><p>The bridge links two towns.</p>"
        f"<img src='/i/{n}.jpg' alt=''></div></li>"
        for n in range(4)
    )
    ticker = "".join(
        f"<li><span>24.11.2026</span> <a href='/press-release-on-school-funding-{n}/'>Press release on"
        f" school funding number {n}</a></li>"
        for n in range(5)
    )
    photos = "".join(
        f"<li><a href='/photos/?series=8855{n}'><img src='/p/{n}.jpg' alt=''></a>"
        f"<a href='/photos/?series=8855{n}'>Visit of the delegation to the plant {n}</a>"
        f"<span>23.11.2026</span></li>"
        for n in range(4)
    )
    popular = "".join(
        f"<li><a href='/most-read-story-of-the-week-{n}/'>Most read story of the week {n}</a></li>"
        for n in range(4)
    )
    menu = "".join(f"<li><a href='/topic-{n}/'>Topic {n}</a></li>" for n in range(6))
    return (
        f"<html lang='en'><body><div id='menu'><ul>{menu}</ul></div><div id='content'>"
        f"<div id='teaser'><ul>{top}</ul></div>"
        f"<div id='ticker'><h3>Press releases</h3><ul>{ticker}</ul></div>"
        f"<div id='photos'><h3>Photo series</h3><ul>{photos}</ul></div>"
        f"<div class='box'><h3>Most read</h3><ul>{popular}</ul></div>"
        "</div></body></html>"
    )


def test_a_fronts_other_blocks_of_teasers_come_with_its_list() -> None:
    links = [e.link for e in entries(page())]
    assert links == [
        *(f"https://portal.example/minister-opens-new-bridge-{n}/" for n in range(4)),
        *(f"https://portal.example/press-release-on-school-funding-{n}/" for n in range(5)),
        *(f"https://portal.example/photos/?series=8855{n}" for n in range(4)),
    ]


def test_without_the_rule_only_the_best_block_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(W, "RIVAL_SHARE", 100.0)
    monkeypatch.setattr(W, "SHAPED_RIVAL_SHARE", 100.0)
    links = [e.link for e in entries(page())]
    assert links == [f"https://portal.example/minister-opens-new-bridge-{n}/" for n in range(4)]


def front_of_sections(topics: str) -> str:
    """A slider of headlines without dates above section boxes of dated cards, whose
    addresses share their shape ("/173239-a-slug/"), and a box of the site's column pages
    ("/columns/a_column/"), undated too."""
    slider = "".join(
        f"<li><a href='/17323{n}-a-new-film-is-announced/'><img src='/s{n}.jpg' alt=''></a>"
        f"<h2><a href='/17323{n}-a-new-film-is-announced/'>A new film by the director is announced {n}</a>"
        "</h2></li>"
        for n in range(4)
    )

    def box(name: str, start: int) -> str:
        cards = "".join(
            f"<li><img src='/c{n}.jpg' alt=''><h3><a href='/15{start + n}-an-interview-with-the-cast/'>"
            f"An interview with the whole cast of the film {start + n}</a></h3>"
            f"<p class='meta'>April {10 + n}, 2026 - 4:0{n} pm</p><p>What the cast said about it.</p></li>"
            for n in range(3)
        )
        return f"<section class='cat-box'><h2>{name}</h2><ul>{cards}</ul></section>"

    return (
        "<html lang='en'><body><div id='main-content'>"
        f"<div class='ei-slider'><ul>{slider}</ul></div>"
        f"{box('Interviews', 100)}{box('Reviews', 200)}{topics}"
        "</div></body></html>"
    )


def test_a_slider_of_undated_headlines_linking_to_addresses_of_the_lists_shape_comes_in() -> None:
    links = [e.link for e in entries(front_of_sections(""))]
    assert links[:4] == [f"https://portal.example/17323{n}-a-new-film-is-announced/" for n in range(4)]
    assert len(links) == 10


def test_a_block_of_the_sites_topic_pages_stays_out_though_its_links_are_slugs() -> None:
    topics = "".join(
        f"<li><a href='/columns/the_weekly_column_{n}/'>The weekly column number {n}: all columns</a></li>"
        for n in range(4)
    )
    links = [e.link for e in entries(front_of_sections(f"<div class='columns'><ul>{topics}</ul></div>"))]
    assert not any("/columns/" in link for link in links)
    assert len(links) == 10


def test_without_the_shape_the_slider_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(W, "SHAPED_RIVAL_SHARE", W.RIVAL_SHARE)
    links = [e.link for e in entries(front_of_sections(""))]
    assert not any("17323" in link for link in links)
