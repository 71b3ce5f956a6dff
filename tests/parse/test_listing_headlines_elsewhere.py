"""A headline aggregator's page: bare <p><a> headlines between rules, nearly every one a link
to a story on another site, no dates, no excerpts, no headings. The links spread over many
hosts make the column the page's list, though none leads to an article of the page's own
site (issue 12; the dev page showing it: christiandailyreporter_home_us). A box of links to
one other site's stories, or to other sites' home pages, stays no list.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.exceptions import ParseError
from aggregator.parse import parse_document

NOW = datetime(2018, 9, 13, 20, 23, tzinfo=UTC)
HOSTS = [
    "news-one.example",
    "daily-two.example",
    "www.three-times.example",
    "four.example",
    "post-five.example",
    "six-news.example",
    "seven.example",
    "eight-tribune.example",
]


def column(hosts: list[str]) -> str:
    rows = "".join(
        f"<hr><p><a href='https://{host}/2018/09/12/story-number-{n}-about-things/'>Story number {n} "
        f"says something about the things of the day...</a></p>"
        for n, host in enumerate(hosts)
    )
    return f"<div class='column'>{rows}<hr></div>"


def links(body: str) -> list[str]:
    page = (
        "<html><body><div class='cdr'><h1><a href='https://picks.example/'>PICKS</a></h1></div>"
        f"<div class='row'>{body}</div><div class='bottom'><p><a href='/manifesto.html'>Manifesto</a> | "
        "<a href='mailto:tips@picks.example'>Send a tip</a></p></div></body></html>"
    )
    entries = parse_document(
        page.encode(), url="https://picks.example/", source_type="html", timezone="UTC", now=NOW
    ).entries
    return [e.link for e in entries]


def test_bare_headlines_to_many_other_sites_are_the_list() -> None:
    found = links(column(HOSTS))
    assert found == [
        f"https://{host}/2018/09/12/story-number-{n}-about-things/" for n, host in enumerate(HOSTS)
    ]


def test_bare_links_to_one_other_site_are_no_list() -> None:
    with pytest.raises(ParseError):
        links(column(["one-other.example"] * len(HOSTS)))


def test_a_box_of_links_elsewhere_stays_below_the_sites_own_bare_list() -> None:
    # A tag page's five bare posts beside a box of links to eight other sites' stories: the
    # page's list is its own posts.
    own = "".join(
        f"<li><a href='/2018/09/{n:02d}/entrada-sobre-un-tema-{n}/'>Entrada sobre un tema número {n}</a></li>"
        for n in range(1, 6)
    )
    found = links(f"<div class='c'><ul>{own}</ul></div><div class='s'><h3>Enlaces</h3>{column(HOSTS)}</div>")
    assert found == [f"https://picks.example/2018/09/{n:02d}/entrada-sobre-un-tema-{n}/" for n in range(1, 6)]
