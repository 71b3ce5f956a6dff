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
    links = [e.link for e in entries(page())]
    assert links == [f"https://portal.example/minister-opens-new-bridge-{n}/" for n in range(4)]
