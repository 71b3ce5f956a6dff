"""A news front whose sections are each a header (the section's label linked to its page and
a <nav> menu of its topics) above a grid of <article> teasers, with a newsticker of times
under a day separator as its longest list (issue 12; the dev page showing it: welt_front_de).
Each teaser of a grid is an entry with its own byline; the headers and their menus are not;
a story shown both in a section's grid and in the ticker keeps the ticker's time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2024, 5, 4, 15, 53, tzinfo=UTC)
NAMES = ("Anna Berger", "Jonas Keller", "Lena Vogt", "Paul Richter", "Marie Lang", "Tim Roth")
BASE = "https://zeitung.example/"


def entries(body: str) -> tuple[RawEntry, ...]:
    return parse_document(
        body.encode(), url=BASE, source_type="html", timezone="Europe/Berlin", now=NOW
    ).entries


def story(section: str, n: int) -> str:
    return f"{BASE}{section.lower()}/article25136{n:04d}/Eine-Geschichte-ueber-Dinge-{n}.html"


def teaser(section: str, n: int) -> str:
    return (
        "<div class='u-grid-item'><article class='c-teaser'>"
        f"<div class='c-teaser__body'><span class='c-teaser__topic'>Thema {n}</span>"
        f"<h4 class='c-teaser__headline'><a href='/{section.lower()}/article25136{n:04d}/"
        f"Eine-Geschichte-ueber-Dinge-{n}.html'>{section}: die Schlagzeile Nummer {n} des Tages</a></h4>"
        f"<p class='c-teaser__intro'>Ein Vorspann von einigen Worten über die Geschichte {n}.</p></div>"
        "<footer class='c-teaser__footer'><ul class='c-teaser__footer-list'>"
        # The section's badge: an empty link to the section's page.
        f"<li class='c-teaser__footer-list-item'><a class='badge' href='/{section.lower()}/'></a></li>"
        f"<li class='c-teaser__footer-list-item'><span class='c-teaser__author'>{NAMES[n % 6]}</span></li>"
        "</ul></footer></article></div>"
    )


def section(name: str, numbers: range) -> str:
    topics = "".join(
        f"<li><a href='/{name.lower()}/thema-{t}-im-ueberblick/'>Thema {t} im Überblick</a></li>"
        for t in range(4)
    )
    return (
        "<section class='c-stage c-stage--fluid'>"
        f"<div><div class='c-stage__header'><a href='/{name.lower()}/'>"
        f"<h2 class='c-stage__label'>{name}</h2></a>"
        f"<nav><ul>{topics}</ul></nav></div></div>"
        f"<div class='u-grid-container c-stage__teasers'>{''.join(teaser(name, n) for n in numbers)}</div>"
        "</section>"
    )


def ticker(numbers: list[tuple[str, int, str]]) -> str:
    items = "".join(
        "<li class='c-newsticker__item'><article class='c-teaser c-teaser--timeline'>"
        f"<span class='c-teaser__date'>{time}</span><span class='c-teaser__topic'>Newsticker</span>"
        f"<h4 class='c-teaser__headline'><a href='{story(name, n)}'>"
        f"Die Meldung Nummer {n} aus {name} heute</a></h4>"
        "</article></li>"
        for name, n, time in numbers
    )
    return (
        "<section class='c-newsticker-stage'><ul class='c-newsticker__list'>"
        f"<li class='c-newsticker__separator'><span>04.05.2024</span></li>{items}</ul></section>"
    )


def labelled(numbers: range) -> str:
    """A section whose header is only its label, linked to a page deep in the site."""
    teasers = "".join(teaser("Inland", n) for n in numbers)
    return (
        "<section class='c-stage c-stage--fluid'><div><div class='c-stage__header'>"
        "<a href='/politik/deutschland/'><h2 class='c-stage__label'>Politik Deutschland</h2></a></div></div>"
        f"<div class='u-grid-container c-stage__teasers'>{teasers}</div></section>"
    )


def most_read() -> str:
    """A box of the sections' markup whose title sits in wrappers after a <script> of data."""
    teasers = "".join(teaser("Gelesen", n) for n in range(30, 34))
    return (
        "<section class='c-stage c-stage--top-list'>"
        '<script type=\'application/json\'>{"label":"Meistgelesen"}</script>'
        "<div data-component='StageHeader'><div class='c-stage__header'><div>"
        "<h2 class='c-stage__label'>Meistgelesen</h2></div></div></div>"
        f"<div class='u-grid-container c-stage__teasers'>{teasers}</div></section>"
    )


def page() -> str:
    sections = section("Politik", range(0, 3)) + most_read() + section("Kultur", range(10, 13))
    sections += section("Sport", range(20, 23)) + labelled(range(50, 53))
    news = [("Meldungen", n, f"17:{59 - n:02d}") for n in range(40, 60)] + [("Kultur", 11, "12:33")]
    return f"<html lang='de'><body><main>{sections}{ticker(news)}</main></body></html>"


def test_every_teaser_of_each_sections_grid_is_an_entry_with_its_byline() -> None:
    found = {e.link: e for e in entries(page())}
    grids = [
        story(name, n)
        for name, start in (("Politik", 0), ("Kultur", 10), ("Sport", 20))
        for n in range(start, start + 3)
    ]
    assert [link for link in grids if link not in found] == []
    assert [found[link].author for link in grids] == [
        NAMES[n % 6]
        for name, start in (("Politik", 0), ("Kultur", 10), ("Sport", 20))
        for n in range(start, start + 3)
    ]
    assert found[story("Politik", 1)].title == "Politik: die Schlagzeile Nummer 1 des Tages"
    # Each teaser is read alone: the grid's first is no card holding the others.
    assert "Nummer 1 " not in (found[story("Politik", 0)].summary or "")


def test_a_sections_header_its_menu_and_a_label_alone_are_not_entries() -> None:
    links = [e.link for e in entries(page())]
    assert [
        link
        for link in links
        if "thema-" in link or link.endswith(("/politik/", "/kultur/", "/sport/", "/deutschland/"))
    ] == []
    # The label-only section's teasers are read all the same.
    assert [story("Inland", n) in links for n in range(50, 53)] == [True, True, True]


def test_a_box_titled_most_read_in_the_sections_markup_is_not_read() -> None:
    assert [e.link for e in entries(page()) if "/gelesen/" in e.link] == []


def test_a_story_in_a_section_and_in_the_ticker_has_the_tickers_time() -> None:
    found = {e.link: e for e in entries(page())}
    assert found[story("Kultur", 11)].published == datetime(2024, 5, 4, 10, 33, tzinfo=UTC)
    assert found[story("Kultur", 10)].published is None
    assert found[story("Meldungen", 40)].published == datetime(2024, 5, 4, 15, 19, tzinfo=UTC)
