"""Listing pages written for the failure kinds of issue 12, in German, French, English (US)
and Spanish: card-wide links (kicker + headline + subline + byline + date + reading time),
empty overlay links beside unlinked headings, a headline in a <p> beside a second link
(date + teaser + "Continue reading"), subtitles, featured blocks, same-markup "most read"
boxes, <noscript> pagers, a lead card in its own container, prose and relative dates in the
page's language, bylines. Each page NAME.html is checked against NAME.py like the pages of
test_html_archive.py, plus authors and where each field came from.
"""

from __future__ import annotations

import html
import re
import runpy
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date
from aggregator.types import ParsedFeed

DATA = Path(__file__).parents[1] / "data" / "html_archive"
PAGES = ("cardlink_de", "overlay_fr", "teaser_links_en", "noticias_es")

#: Card chrome that is never part of an excerpt, in the pages' languages.
CHROME = (
    "read more",
    "continue reading",
    "weiterlesen",
    "leer más",
    "lire la suite",
    "min read",
    "lesezeit",
    "min de lectura",
    "views",
    "visitas",
    "kommentare",
)
_TAG = re.compile(r"<[^>]+>")


@cache
def expected(page: str) -> dict[str, Any]:
    return runpy.run_path(str(DATA / f"{page}.py"))


@cache
def parsed(page: str) -> ParsedFeed:
    exp = expected(page)
    # The corpus harness's entry point: what `aggregator fetch` calls too.
    return parse_document(
        (DATA / f"{page}.html").read_bytes(),
        url=exp["url"],
        source_type="html",
        timezone=exp["timezone"],
        now=exp["now"],
    )


def pairs(page: str) -> list[tuple[dict[str, Any], Any]]:
    got = {e.link: e for e in parsed(page).entries}
    return [(want, got[want["link"]]) for want in expected(page)["entries"] if want["link"] in got]


def text_of(summary: str | None) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", summary or "")).split())


@pytest.mark.parametrize("page", PAGES)
def test_links_in_page_order(page: str) -> None:
    assert [e.link for e in parsed(page).entries] == [e["link"] for e in expected(page)["entries"]]


@pytest.mark.parametrize("page", PAGES)
def test_titles_are_headlines(page: str) -> None:
    """The headline: not the card's whole text, not its subtitle, not its kicker."""
    wrong = {want["link"]: got.title for want, got in pairs(page) if got.title != want["title"]}
    assert wrong == {}


@pytest.mark.parametrize("page", PAGES)
def test_dates(page: str) -> None:
    wrong = {
        want["link"]: (got.published, want["published"])
        for want, got in pairs(page)
        if got.published != want["published"]
    }
    assert wrong == {}, "link: (got, expected)"


@pytest.mark.parametrize("page", PAGES)
def test_authors_from_bylines_only(page: str) -> None:
    """A byline on the card is the author; without one there is none (never the page title)."""
    wrong = {want["link"]: got.author for want, got in pairs(page) if got.author != want["author"]}
    assert wrong == {}


@pytest.mark.parametrize("page", PAGES)
def test_summaries_without_card_chrome(page: str) -> None:
    problems: dict[str, list[str]] = {}
    for want, got in pairs(page):
        text = text_of(got.summary)
        found = [f"lacks {p!r}" for p in want["summary_contains"] if p not in text]
        found += [f"has {n!r}" for n in want["summary_excludes"] if n in text]
        found += [f"has {c!r}" for c in CHROME if c in text.casefold()]
        if want["title"] in text:
            found.append("repeats the title")
        if found:
            problems[want["link"]] = found
    assert problems == {}


@pytest.mark.parametrize("page", PAGES)
def test_next_page(page: str) -> None:
    assert parsed(page).next_page == expected(page)["next_page"]


@pytest.mark.parametrize("page", PAGES)
def test_origin_is_the_listing(page: str) -> None:
    for entry in parsed(page).entries:
        assert entry.origin["title"] == entry.origin["link"] == "listing"
        assert ("published" in entry.origin) == (entry.published is not None)
        assert ("author" in entry.origin) == (entry.author is not None)


# -- dates in the page's language --------------------------------------------------------------

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)  # Saturday, 16:00 in Berlin, Paris, Madrid


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("heute, 14:05 Uhr", "de", utc(2026, 11, 28, 13, 5)),
        ("gestern, 18:30 Uhr", "de-DE", utc(2026, 11, 27, 17, 30)),
        ("vor 3 Stunden", "de", utc(2026, 11, 28, 12, 0)),
        ("27.11.2026 • 18:24 Uhr", "de", utc(2026, 11, 27, 17, 24)),
        ("Von Max Muster | 27. November 2026", "de", utc(2026, 11, 27, 11, 0)),
        ("hier à 18 h 05", "fr", utc(2026, 11, 27, 17, 5)),
        ("il y a 3 heures", "fr", utc(2026, 11, 28, 12, 0)),
        ("ayer", "es", utc(2026, 11, 27, 11, 0)),
        ("Por Lucía Ferrer | ayer, 18:24 | 10 comentarios", "es", utc(2026, 11, 27, 17, 24)),
        ("hace 2 días", "es", utc(2026, 11, 26, 11, 0)),
        ("20 de noviembre de 2026", "es", utc(2026, 11, 20, 11, 0)),
        ("3 ore fa", "it", utc(2026, 11, 28, 12, 0)),
        # Month first on en-US pages only.
        ("11/10/26", "en-US", utc(2026, 11, 10, 11, 0)),
        ("11/10/26", "en-GB", utc(2026, 10, 11, 10, 0)),  # CEST until 25 October
        # A date without a time: noon there, even today (the same value at every poll).
        ("28. November 2026", "de", utc(2026, 11, 28, 11, 0)),
        ("heute", "de", utc(2026, 11, 28, 11, 0)),
    ],
)
def test_prose_dates_in_the_pages_language(text: str, lang: str, want: datetime) -> None:
    got = parse_date(
        text, now=NOW, timezone="Europe/Berlin", lang=lang, day_first=not lang.lower().startswith("en-us")
    )
    assert got == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lesezeit 3 Min.", "de"),
        ("12 Kommentare", "de"),
        ("Article 9 : le Kremlin répond", "fr"),
        ("2026", "fr"),
        ("Seite 2", "de"),
        ("5 min read", "en"),
        ("154 visitas", "es"),
        ("Leer más", "es"),
        ("Weiterlesen", "de"),
    ],
)
def test_not_dates(text: str, lang: str) -> None:
    assert parse_date(text, now=NOW, timezone="Europe/Berlin", lang=lang) is None


@pytest.mark.parametrize(
    "timezone", ["Asia/Tokyo", "Europe/Paris", "America/Los_Angeles", "Pacific/Pago_Pago"]
)
def test_a_date_without_a_time_stays_on_its_day(timezone: str) -> None:
    """Noon in the source's zone is the same calendar day in UTC from UTC-11 to UTC+12."""
    got = parse_date("26 janvier 2026", now=NOW, timezone=timezone, lang="fr")
    assert got is not None
    assert (
        got.astimezone(ZoneInfo(timezone)).date()
        == got.astimezone(UTC).date()
        == datetime(2026, 1, 26).date()
    )


# -- per-field figures ----------------------------------------------------------------------------


def test_per_field_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    """Per-field figures over these pages (printed; every field must be right)."""
    totals = dict.fromkeys(("links", "titles", "dates", "authors", "summaries"), 0)
    count = 0
    for page in PAGES:
        got = {e.link: e for e in parsed(page).entries}
        for want in expected(page)["entries"]:
            count += 1
            entry = got.get(want["link"])
            if entry is None:
                continue
            totals["links"] += 1
            totals["titles"] += entry.title == want["title"]
            totals["dates"] += entry.published == want["published"]
            totals["authors"] += entry.author == want["author"]
            text = text_of(entry.summary).casefold()
            totals["summaries"] += not any(c in text for c in CHROME) and all(
                p.casefold() in text for p in want["summary_contains"]
            )
    with capsys.disabled():
        print("\nlisting failure kinds: " + "  ".join(f"{k} {v}/{count}" for k, v in totals.items()))
    assert all(v == count for v in totals.values()), totals


# -- bylines on the pages of test_html_archive.py ---------------------------------------------------


def test_bylines_of_other_methods() -> None:
    """Bylines through each method: the heuristics ("By NAME · date"), JSON-LD ``author``."""
    exp = runpy.run_path(str(DATA / "divsoup_en.py"))
    heuristic = parse_document(
        (DATA / "divsoup_en.html").read_bytes(),
        url=exp["url"],
        source_type="html",
        timezone=exp["timezone"],
        now=exp["now"],
    )
    assert [e.author for e in heuristic.entries[:2]] == ["Anna Reyes", "Tom Hadley"]
    assert heuristic.entries[0].origin["author"] == "listing"
    body = b"""<html><body><script type="application/ld+json">{"@type": "ItemList",
      "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"@type": "NewsArticle",
         "url": "https://ex.example/a1", "headline": "First", "author": {"@type": "Person",
         "name": "Ana Ruiz"}}},
        {"@type": "ListItem", "position": 2, "item": {"@type": "NewsArticle",
         "url": "https://ex.example/a2", "headline": "Second", "author": [{"name": "A"},
         {"name": "B"}]}},
        {"@type": "ListItem", "position": 3, "item": {"@type": "NewsArticle",
         "url": "https://ex.example/a3", "headline": "Third"}}]}</script></body></html>"""
    structured = parse_document(body, url="https://ex.example/", source_type="html", now=NOW)
    assert [e.author for e in structured.entries] == ["Ana Ruiz", "A, B", None]
    assert structured.entries[0].origin == {"link": "json-ld", "title": "json-ld", "author": "json-ld"}


# -- excerpts keep their structure ------------------------------------------------------------------


def test_excerpts_keep_safe_structure() -> None:
    """Paragraphs, lists, emphasis and links stay; a subheading is demoted; the card's kicker
    heading, byline, reading time and "Weiterlesen" go."""
    body = (
        """<html lang="de"><body><main><div class="liste">"""
        + "".join(
            f"""
      <article class="beitrag">
        <h4>Politik</h4>
        <h2><a href="/artikel-{n}-ueber-den-haushalt-des-landes/">Artikel {n} über den Haushalt
          des Landes</a></h2>
        <div class="beitrag__text">
          <p>Der Landtag hat <em>am Freitag</em> den <a href="/haushalt/">Haushalt</a>
             beschlossen.</p>
          <h3>Was sich ändert</h3>
          <ul><li>Mehr Geld für Schulen</li><li>Weniger für Straßen</li></ul>
          <p><a class="mehr" href="/artikel-{n}-ueber-den-haushalt-des-landes/">Weiterlesen</a></p>
        </div>
        <p class="beitrag__info">Von Jana Schmidt · {20 + n}.11.2026 · Lesezeit 4 Min.</p>
      </article>"""
            for n in range(3)
        )
        + "</div></main></body></html>"
    )
    result = parse_document(
        body.encode(),
        url="https://landeszeitung.example/politik/",
        source_type="html",
        timezone="Europe/Berlin",
        now=NOW,
    )
    first = result.entries[0]
    assert first.title == "Artikel 0 über den Haushalt des Landes"
    assert first.author == "Jana Schmidt"
    assert first.published == utc(2026, 11, 20, 11, 0)
    assert first.summary == (
        '<p>Der Landtag hat <em>am Freitag</em> den <a href="/haushalt/">Haushalt</a> '
        "beschlossen.</p><p><strong>Was sich ändert</strong></p>"
        "<ul><li>Mehr Geld für Schulen</li><li>Weniger für Straßen</li></ul>"
    )


def test_structured_data_gaps_filled_from_the_articles_card() -> None:
    """A JSON-LD ItemList of bare URLs: titles, dates and bylines come from each article's
    card-wide link on the page, and say so in ``origin``."""
    cards = "".join(
        f"""
      <a href="/tp/features/Artikel-{n}.html"><header class="tp_title">Schlagzeile Nummer {n}
        des Tages</header><p>Ein Anriss.</p><ul><li class="has-author">Eva Muster</li>
        <li class="date"><time>gestern, 1{n}:00 Uhr</time></li></ul></a>"""
        for n in range(3)
    )
    items = ",".join(
        f'{{"@type": "ListItem", "position": {n + 1}, '
        f'"url": "https://tp.example/tp/features/Artikel-{n}.html"}}'
        for n in range(3)
    )
    body = (
        f'<html lang="de"><head><script type="application/ld+json">{{"@type": "ItemList", '
        f'"itemListElement": [{items}]}}</script></head><body><main>{cards}</main></body>'
        f"</html>"
    ).encode()
    result = parse_document(
        body, url="https://tp.example/", source_type="html", timezone="Europe/Berlin", now=NOW
    )
    assert result.detected["method"] == "json-ld"
    first = result.entries[0]
    assert (first.title, first.author, first.published) == (
        "Schlagzeile Nummer 0 des Tages",
        "Eva Muster",
        utc(2026, 11, 27, 9, 0),
    )
    assert first.origin == {
        "link": "json-ld",
        "title": "listing",
        "published": "listing",
        "author": "listing",
    }
