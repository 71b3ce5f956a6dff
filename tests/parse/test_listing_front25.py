"""Rules of branch front25, from real portal and news fronts: a relative link keeps the
address its path carries (a click-counting redirect, ``f/top/1/*-http://news.example.jp/…``),
as browsers resolve it; such a redirect to the site's own page is judged by that page; and a
schedule of showtimes dates no card."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.parse import join_url, parse_document
from aggregator.parse.listing._placement import article_like

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def entries(
    body: str, url: str = "https://www.example.jp/"
) -> list[tuple[str | None, str | None, datetime | None]]:
    page = f"<html lang='en'><head><title>Home</title></head><body><main>{body}</main></body></html>"
    found = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW).entries
    return [(e.link, e.title, e.published) for e in found]


@pytest.mark.parametrize(
    ("base", "ref", "joined"),
    [
        # urljoin drops the empty segment: "*-http:/news.example.jp/…"
        (
            "https://www.example.jp/_t=x/",
            "f/top/1/*-http://news.example.jp/a/1",
            "https://www.example.jp/_t=x/f/top/1/*-http://news.example.jp/a/1",
        ),
        ("https://a.example/b/c", "../d//e", "https://a.example/d//e"),
        ("https://a.example/b/c", "./x?q=1#f", "https://a.example/b/x?q=1#f"),
        ("https://a.example/b/", "/x//y", "https://a.example/x//y"),
        ("https://a.example/b/", "x/y", "https://a.example/b/x/y"),
    ],
)
def test_a_relative_path_keeps_its_empty_segments(base: str, ref: str, joined: str) -> None:
    assert join_url(base, ref) == joined


HEADLINES = [
    "Airline shares halted after record loss",
    "Prime minister silent on funding questions",
    "Heavy snow expected along the west coast",
    "Fishing boat missing as raft is found",
]


def topics(prefix: str) -> str:
    items = "".join(
        f"<li><a href='{prefix}f/topics/top/{i}/*-http://news.example.jp/fc/national/story_{i}/?12632{i}'>{h}</a></li>"
        for i, h in enumerate(HEADLINES, 1)
    )
    return f"<div class='box'><ul class='emphasis'>{items}</ul></div>"


def test_a_redirect_to_the_sites_own_story_is_an_article_link() -> None:
    # A bare list of headlines (no date, excerpt or heading) counts only when its links lead to
    # articles: these lead through the portal's "/topics/" redirector to its news site's stories.
    found = entries(topics(""))
    assert [(link, title) for link, title, _ in found] == [
        (
            f"https://www.example.jp/f/topics/top/{i}/*-http://news.example.jp/fc/national/story_{i}/?12632{i}",
            h,
        )
        for i, h in enumerate(HEADLINES, 1)
    ]


def test_an_archive_copy_of_another_site_is_read_as_its_own_address() -> None:
    base = "https://web.archive.example/web/2012/http://paper.example/"
    copy = "https://web.archive.example/web/2012/http://paper.example/2012/01/02/a-story"
    assert article_like(copy, base)
    assert not article_like(
        "https://www.example.jp/f/x/*-http://news.example.jp/tag/snow/", "https://www.example.jp/"
    )


def test_showtimes_date_no_card() -> None:
    films = [
        "The Long Winter Road",
        "A House by the Harbour",
        "Night Train to Nowhere",
        "The Last Summer Fair",
    ]
    cards = "".join(
        f"<li><h4><a href='/movies/{i}-{f.lower().replace(' ', '-')}'>{f}</a></h4><span>PG, 1hr 41min</span>"
        f"<span class='time'>(11:45 a.m.), (2:10), 7:00</span></li>"
        for i, f in enumerate(films)
    )
    found = entries(f"<ul class='movielist'>{cards}</ul>")
    assert [title for _, title, _ in found] == films
    assert [published for _, _, published in found] == [None] * 4


def test_one_time_of_day_still_dates_a_card() -> None:
    cards = "".join(
        f"<li><span class='time'>0{i}:05</span> <a href='/news/2026/12/05/story-{i}'>{h}</a></li>"
        for i, h in enumerate(HEADLINES)
    )
    found = entries(f"<ul class='breaking'>{cards}</ul>")
    assert [published for _, _, published in found] == [
        datetime(2026, 12, 5, i, 5, tzinfo=UTC) for i in range(4)
    ]


SECTIONS = {
    "news": [
        "Senate passes the budget after a long night",
        "Storm closes schools across the north",
        "Court hears the appeal of the port deal",
        "Mayor opens the new bridge to traffic",
    ],
    "sports": [
        "Home side wins the derby in extra time",
        "Star striker signs a three year deal",
        "Coach quits after the cup defeat",
        "Rookie breaks the national sprint record",
    ],
    "money": [
        "Markets close higher on energy shares",
        "Bakery chain files for bankruptcy",
        "How to keep your savings safe",
        "Rents rise again in the big cities",
    ],
    "living": [
        "Ten quick dinners for busy weeknights",
        "Why you should stop yelling at kids",
        "What to do with a blank wall",
        "Spring clothes to wear right now",
    ],
}


def section(name: str, titles: list[str]) -> str:
    lines = "".join(
        f"<li><a href='/{name}/2026/12/05/story-{i}'>{t}</a><span>12-0{i + 1}</span></li>"
        for i, t in enumerate(titles)
    )
    return f"<div class='box12'><h2><a href='/{name}/'>{name.upper()}</a></h2><ul>{lines}</ul></div>"


def _front(blocks: list[str]) -> str:
    # The first block in one column, the others in the next: each column's classes numbered.
    return (
        f"<div class='news'><div class='news1'>{blocks[0]}</div>"
        f"<div class='news2'>{''.join(blocks[1:])}</div></div>"
    )


def test_the_chosen_lists_component_in_another_column_gives_its_teasers_too() -> None:
    # A portal's news blocks of one markup, the first in a column of its own, the others in
    # the next column (classes told apart by a number only): the chosen block's kin, not its
    # siblings, are more of the front's list.
    blocks = [section(name, titles) for name, titles in SECTIONS.items()]
    found = entries(_front(blocks), url="https://portal.example/")
    assert sorted(title for _, title, _ in found) == sorted(t for ts in SECTIONS.values() for t in ts)


def test_a_component_of_two_blocks_adds_nothing() -> None:
    few = list(SECTIONS.items())[:2]
    found = entries(_front([section(*few[0]), section(*few[1])]), url="https://portal.example/")
    assert len(found) == 4
