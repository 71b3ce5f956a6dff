"""Misfires of the listing rules found in review: a bold section label before a sentence, a
script's numbered items, a thumbnail's photo credit."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._link_title import link_title

NOW = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)

HEADS = [
    "Government passes a new law on pensions today",
    "Rail strike halts commuter traffic across the country",
    "New study shows the effects of a warmer climate",
    "City council debates the costly repair of the bridge",
    "Researchers find a new species in the rainforest",
]


def _parse(page: str, url: str) -> list[tuple[str | None, str | None]]:
    parsed = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW)
    return [(e.title, e.link) for e in parsed.entries]


def test_a_bold_word_before_a_sentence_is_its_kicker() -> None:
    for html in (
        "<a href='/x'><div><strong>Politics</strong><span>{h}</span></div></a>",
        "<a href='/x'><div><b>Exclusive</b> <span>{h}</span></div></a>",
        "<a href='/x'><div><strong>Home news</strong><span>{h} and more words</span></div></a>",
    ):
        link = lxml.html.fragment_fromstring(html.format(h=HEADS[0]))
        assert link_title(link, lambda _: None)[0].startswith(HEADS[0]), html
    # A bold headline over a subtitle not many times as long stays the headline.
    link = lxml.html.fragment_fromstring(
        "<a href='/x'><div><strong>Snapchat</strong><span>From messenger to platform</span></div></a>"
    )
    assert link_title(link, lambda _: None)[0] == "Snapchat"


def test_numbered_items_of_a_script_are_entries_not_page_numbers() -> None:
    films = ["1917", "2012", "1984", "300", "Heat", "Alien"]
    page = (
        "<html><body><ul class='films'>"
        + "".join(
            f"<li><a href='/index.php?film={t}'>{t}</a> <span>Nov {n}, 2026</span></li>"
            for n, t in enumerate(films, 1)
        )
        + "</ul></body></html>"
    )
    assert [t for t, _ in _parse(page, "https://films.example/index.php?cat=films")] == films
    episodes = (
        "<html><body><ul class='episodes'>"
        + "".join(
            f"<li><a href='/podcast/?episode={n}'>{n}</a> <span>Nov {n - 100}, 2026</span></li>"
            for n in range(101, 106)
        )
        + "</ul></body></html>"
    )
    assert [t for t, _ in _parse(episodes, "https://cast.example/podcast/")] == [
        str(n) for n in range(101, 106)
    ]


def test_a_page_number_of_the_listing_is_still_no_entry() -> None:
    page = (
        "<html><body><div id='list'>"
        + "".join(
            f"<div class='item'><a href='/forum.jsp?topic={900 + n}'>{h}</a><span>Nov {n}, 2026</span></div>"
            for n, h in enumerate(HEADS, 1)
        )
        + "</div><ul class='pages'>"
        + "".join(f"<li><a href='/forum.jsp?forum=2&start={15 * p}'>{p + 1}</a></li>" for p in (1, 2))
        + "</ul></body></html>"
    )
    links = [link for _, link in _parse(page, "https://forum.example/forum.jsp?forum=2")]
    assert not any("start=" in (link or "") for link in links)
