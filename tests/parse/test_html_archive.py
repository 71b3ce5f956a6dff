"""HTML archive pages -> entries.

Each page tests/data/html_archive/NAME.html is checked against NAME.py, written by hand from
the HTML: titles as displayed, links absolute and canonical, dates converted to UTC from what
the page says and its time zone. Per page: the exact set of links and of (link, title) pairs
(precision and recall both 1.0), dates, clean summaries, the next page and the page's own feed.
"""

from __future__ import annotations

import html
import re
import runpy
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from aggregator.config import SelectConfig
from aggregator.exceptions import ParseError
from aggregator.parse._dates import parse_date
from aggregator.parse._urls import canonical_url
from aggregator.parse.listing import parse_archive
from aggregator.types import ParsedFeed, RawEntry

DATA = Path(__file__).parents[1] / "data" / "html_archive"

#: Pages that hold a list of articles.
PAGES = (
    "wordpress_fr",
    "wordpress_fr_p2",
    "drupal_views_en",
    "river_fr_cp1252",
    "jsonld_only",
    "divsoup_en",
    "hentry",
)

#: Never part of an excerpt, on any page.
READ_MORE = ("lire la suite", "read more", "continuer la lecture", "continue reading")

# A summary is safe structure (issue 12): paragraphs, lists, quotes, with emphasis, code and
# links inside; headings come demoted to bold paragraphs. Optionally after the teaser image.
_SUMMARY_SHAPE = re.compile(
    r'^(?:<p><img src="[^"<>]+" alt=""></p>)?'
    r"(?:<(?:p|ul|ol|blockquote)>(?:[^<>]|</?(?:p|ul|ol|li|blockquote|em|"
    r'strong|code|q)>|<a href="[^"<>]+">|</a>)*)+$'
)
_TAG = re.compile(r"<[^>]+>")

NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)


@cache
def expected(page: str) -> dict[str, Any]:
    return runpy.run_path(str(DATA / f"{page}.py"))


def parse(
    page: str, *, headers: dict[str, str] | None = None, select: SelectConfig | None = None
) -> ParsedFeed:
    exp = expected(page)
    return parse_archive(
        (DATA / f"{page}.html").read_bytes(),
        url=exp["url"],
        headers=headers,
        select=select,
        timezone=exp["timezone"],
        now=exp["now"],
    )


@cache
def parsed(page: str) -> ParsedFeed:
    return parse(page)


def scores(got: set[Any], want: set[Any]) -> tuple[float, float]:
    """(precision, recall) of ``got`` against ``want``."""
    hits = len(got & want)
    precision = hits / len(got) if got else float(not want)
    recall = hits / len(want) if want else 1.0
    return precision, recall


def by_link(entries: tuple[RawEntry, ...]) -> dict[str | None, RawEntry]:
    return {e.link: e for e in entries}


def summary_text(summary: str | None) -> str:
    return html.unescape(_TAG.sub(" ", summary or ""))


def matched(page: str) -> list[tuple[dict[str, Any], RawEntry]]:
    """Expected entries paired with what the parser found at the same link."""
    got = by_link(parsed(page).entries)
    return [(want, got[want["link"]]) for want in expected(page)["entries"] if want["link"] in got]


# -- entries: links, titles, order ----------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_links(page: str) -> None:
    got = {e.link for e in parsed(page).entries}
    want = {e["link"] for e in expected(page)["entries"]}
    precision, recall = scores(got, want)
    assert (precision, recall) == (1.0, 1.0), (
        f"precision={precision:.2f} recall={recall:.2f}\n"
        f"missing: {sorted(want - got)}\nextra: {sorted(str(x) for x in got - want)}"
    )


@pytest.mark.parametrize("page", PAGES)
def test_titles(page: str) -> None:
    got = {(e.link, e.title) for e in parsed(page).entries}
    want = {(e["link"], e["title"]) for e in expected(page)["entries"]}
    precision, recall = scores(got, want)
    assert (precision, recall) == (1.0, 1.0), (
        f"precision={precision:.2f} recall={recall:.2f}\n"
        f"missing: {sorted(want - got)}\nextra: {sorted(got - want, key=str)}"
    )


@pytest.mark.parametrize("page", PAGES)
def test_order_and_no_duplicates(page: str) -> None:
    """Entries come in page order (newest first), each once."""
    assert [e.link for e in parsed(page).entries] == [e["link"] for e in expected(page)["entries"]]


@pytest.mark.parametrize("page", PAGES)
def test_titles_are_plain_text(page: str) -> None:
    for entry in parsed(page).entries:
        assert entry.title and entry.title == " ".join(entry.title.split())
        assert not entry.title_is_html
        assert "<" not in entry.title and "&#" not in entry.title and "&amp;" not in entry.title


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_dates(page: str) -> None:
    pairs = matched(page)
    assert pairs, "no expected entry was found"
    wrong = {
        want["link"]: (got.published, want["published"])
        for want, got in pairs
        if got.published != want["published"]
    }
    assert wrong == {}, "link: (got, expected)"
    for _, got in pairs:
        assert got.published is None or got.published.utcoffset() is not None


# -- summaries ------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_summaries(page: str) -> None:
    pairs = matched(page)
    assert pairs, "no expected entry was found"
    problems: dict[str, list[str]] = {}
    for want, got in pairs:
        found: list[str] = []
        summary = got.summary or ""
        text = summary_text(summary)
        if not _SUMMARY_SHAPE.match(summary):
            found.append(f"not plain paragraphs: {summary[:200]!r}")
        found += [
            f"lacks {phrase!r}" for phrase in want["summary_contains"] if phrase not in " ".join(text.split())
        ]
        found += [f"has {noise!r}" for noise in READ_MORE if noise in text.casefold()]
        found += [f"has {noise!r}" for noise in want["summary_excludes"] if noise in text]
        if want["title"] in text:
            found.append("repeats the title (screen-reader text or heading)")
        if found:
            problems[want["link"]] = found
    assert problems == {}


# -- next page and the page's own feed -------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_next_page(page: str) -> None:
    assert parsed(page).next_page == expected(page)["next_page"]


@pytest.mark.parametrize("page", PAGES)
def test_alternate_feed(page: str) -> None:
    """The feed of this listing (a tag feed), never the site-wide or comments feed."""
    assert parsed(page).alternate_feed == expected(page)["alternate_feed"]


@pytest.mark.parametrize("page", [p for p in PAGES if "method" in expected(p)])
def test_structured_data_method(page: str) -> None:
    assert parsed(page).detected["method"] == expected(page)["method"]


def test_kind_and_feed_info() -> None:
    result = parsed("wordpress_fr")
    assert result.kind == "html"
    assert result.feed.link == "https://www.exemple-actu.fr/tag/kremlin/"
    assert result.feed.title and "kremlin" in result.feed.title


# -- across pages ---------------------------------------------------------------------------


def test_same_article_on_two_pages_is_one_entry() -> None:
    page1, page2 = by_link(parsed("wordpress_fr").entries), by_link(parsed("wordpress_fr_p2").entries)
    shared = expected("wordpress_fr_p2")["shared_link"]
    assert set(page1) & set(page2) == {shared}
    assert page1[shared].id == page2[shared].id == shared
    assert page1[shared].title == page2[shared].title
    assert page1[shared].published == page2[shared].published


def test_page2_pager_goes_forward() -> None:
    """Page 2 links back to page 1 ("Page précédente", rel=prev) and on to page 3."""
    assert parsed("wordpress_fr_p2").next_page == "https://www.exemple-actu.fr/tag/kremlin/page/3/"


# -- decoding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        None,
        {"content-type": "text/html"},
        {"content-type": "text/html; charset=ISO-8859-1"},
        {"content-type": "text/html; charset=windows-1252"},
    ],
    ids=["meta-only", "no-charset", "header-latin1", "header-cp1252"],
)
def test_windows_1252_page(headers: dict[str, str] | None) -> None:
    """<meta charset="iso-8859-1"> on a windows-1252 page: ’ (0x92) and € (0x80) survive."""
    result = parse("river_fr_cp1252", headers=headers)
    titles = [e.title for e in result.entries]
    assert titles == [e["title"] for e in expected("river_fr_cp1252")["entries"]]
    assert any("’" in t for t in titles) and any("é" in t for t in titles)
    text = " ".join(f"{e.title} {summary_text(e.summary)}" for e in result.entries)
    assert "210 milliards €" in text
    for garbage in ("\ufffd", "Ã", "â€", "\x92", "\x80"):
        assert garbage not in text


def test_utf8_page_with_charset_header() -> None:
    plain = parsed("wordpress_fr")
    with_header = parse("wordpress_fr", headers={"content-type": "text/html; charset=UTF-8"})
    assert [e.title for e in with_header.entries] == [e.title for e in plain.entries]
    assert any("é" in (e.title or "") for e in with_header.entries)


# -- no list --------------------------------------------------------------------------------


def test_single_article_page_is_not_a_list() -> None:
    with pytest.raises(ParseError, match=expected("no_list")["error"]):
        parse("no_list")


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><body><p>Maintenance en cours.</p></body></html>",
        b"<html><body><nav><ul><li><a href='/'>Accueil</a></li><li><a href='/monde/'>Monde</a></li>"
        b"<li><a href='/contact/'>Contact</a></li></ul></nav></body></html>",
    ],
    ids=["empty", "no-links", "menu-only"],
)
def test_pages_without_articles(body: bytes) -> None:
    with pytest.raises(ParseError, match="no list of articles found"):
        parse_archive(body, url="https://www.exemple-actu.fr/tag/kremlin/", now=NOW)


# -- explicit selectors ---------------------------------------------------------------------


def test_selectors_find_the_entries() -> None:
    exp = expected("divsoup_en")
    result = parse("divsoup_en", select=SelectConfig(**exp["select"]))
    assert result.detected["method"] == "selectors"
    assert [(e.link, e.title, e.published) for e in result.entries] == [
        (e["link"], e["title"], e["published"]) for e in exp["entries"]
    ]
    for want, got in zip(exp["entries"], result.entries, strict=True):
        assert _SUMMARY_SHAPE.match(got.summary or ""), got.summary
        assert " ".join(summary_text(got.summary).split()) == want["excerpt"]
    assert result.next_page == exp["next_page"]


def test_selectors_override_heuristics() -> None:
    """Selectors pointing at the sidebar get the sidebar, whatever the heuristics prefer."""
    exp = expected("divsoup_en")
    result = parse("divsoup_en", select=SelectConfig(item="div.c-s3 > div.c-s4", title="a.t"))
    assert result.detected["method"] == "selectors"
    assert [e.link for e in result.entries] == exp["sidebar_links"]


def test_next_selector_overrides_detection() -> None:
    exp = expected("wordpress_fr")
    select = SelectConfig(
        item="main > article",
        title="h2.entry-title a",
        next="nav.pagination a.page-numbers[href$='/page/3/']",
    )
    result = parse("wordpress_fr", select=select)
    assert result.next_page == "https://www.exemple-actu.fr/tag/kremlin/page/3/"
    assert [e.link for e in result.entries] == [e["link"] for e in exp["entries"]]


@pytest.mark.parametrize(
    "select",
    [
        SelectConfig(item="div.c-does-not-exist"),
        SelectConfig(item="article.post", title="h2 a"),  # another site's selectors
    ],
    ids=["no-match", "wrong-site"],
)
def test_selector_matching_nothing(select: SelectConfig) -> None:
    with pytest.raises(ParseError, match="found no article"):
        parse("divsoup_en", select=select)


# -- parse_date -----------------------------------------------------------------------------


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "timezone", "now", "want"),
    [
        # Paris is UTC+1 in winter, UTC+2 in summer. A date without a time of day is noon there,
        # or now when it is today: the same day for every reader (see aggregator/parse/_dates.py).
        ("Publié le 21 janvier 2026 à 17h32", "Europe/Paris", NOW, utc(2026, 1, 21, 16, 32)),
        ("Publié le 21 juillet 2025 à 08h00", "Europe/Paris", NOW, utc(2025, 7, 21, 6, 0)),
        # No year: the most recent year that does not put the date in the future.
        ("lundi 19 janvier", "Europe/Paris", NOW, utc(2026, 1, 19, 11, 0)),
        ("ce jeudi 25 décembre", "Europe/Paris", NOW, utc(2025, 12, 25, 11, 0)),
        ("mercredi 17 décembre", "Europe/Paris", NOW, utc(2025, 12, 17, 11, 0)),
        ("19 janvier", "Europe/Paris", utc(2026, 1, 10, 12, 0), utc(2025, 1, 19, 11, 0)),
        ("25 décembre 2025", "Europe/Paris", NOW, utc(2025, 12, 25, 11, 0)),
        ("1er déc. 2025", "Europe/Paris", NOW, utc(2025, 12, 1, 11, 0)),
        ("21/01/2026", "Europe/Paris", NOW, utc(2026, 1, 21, 11, 0)),  # noon there, even today
        ("Jan 5, 2026", "UTC", NOW, utc(2026, 1, 5, 12, 0)),
        ("Jan 5, 2026", "America/New_York", NOW, utc(2026, 1, 5, 17, 0)),
        ("January 5, 2026, 5:32 pm", "America/New_York", NOW, utc(2026, 1, 5, 22, 32)),
        # Relative to now (12:00 UTC = 13:00 in Paris = 07:00 in New York).
        ("il y a 3 heures", "Europe/Paris", NOW, utc(2026, 1, 21, 9, 0)),
        ("Publié il y a 3 heures", "Europe/Paris", NOW, utc(2026, 1, 21, 9, 0)),
        ("3 hours ago", "UTC", NOW, utc(2026, 1, 21, 9, 0)),
        ("hier à 18h30", "Europe/Paris", NOW, utc(2026, 1, 20, 17, 30)),
        ("yesterday at 6:30 pm", "America/New_York", NOW, utc(2026, 1, 20, 23, 30)),
        # An explicit offset wins over the source's time zone.
        ("2026-01-21T17:32:00+01:00", "America/New_York", NOW, utc(2026, 1, 21, 16, 32)),
        ("2026-01-21T16:32:00Z", "Europe/Paris", NOW, utc(2026, 1, 21, 16, 32)),
        ("2025-10-24T16:40:00+02:00", "UTC", NOW, utc(2025, 10, 24, 14, 40)),
        ("2026-01-09", "Europe/Paris", NOW, utc(2026, 1, 9, 11, 0)),
    ],
)
def test_parse_date(text: str, timezone: str, now: datetime, want: datetime) -> None:
    got = parse_date(text, now=now, timezone=timezone)
    assert got == want
    assert got is not None and got.utcoffset() is not None


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "Lire la suite",
        "Archives du mot-clé kremlin",
        "Par La rédaction",
        "3 commentaires",
        "Page 2 sur 6",
        "18,2k vues",
        "6 min read",
        "Conseil de paix de Trump",
        "figure emblématique de la diplomatie russe depuis plus de vingt ans",
    ],
)
def test_parse_date_without_a_date(text: str | None) -> None:
    assert parse_date(text, now=NOW, timezone="Europe/Paris") is None


# -- canonical_url --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "want"),
    [
        (
            "https://www.lequotidien-exemple.fr/international/article/a_1_3210.html?utm_source=sujet"
            "&utm_medium=river&utm_campaign=kremlin#xtor=AL-32280270-[river]",
            "https://www.lequotidien-exemple.fr/international/article/a_1_3210.html",
        ),
        (
            "https://www.lequotidien-exemple.fr/a.html?xtor=AL-32280270&utm_source=sujet#reactions",
            "https://www.lequotidien-exemple.fr/a.html",
        ),
        (
            "https://www.lequotidien-exemple.fr/podcast.html?episode=412&xtor=AL-32280270",
            "https://www.lequotidien-exemple.fr/podcast.html?episode=412",
        ),
        ("https://example.com/a?id=5&fbclid=abc&page=2&gclid=x", "https://example.com/a?id=5&page=2"),
        ("https://example.com/a?id=5&page=2", "https://example.com/a?id=5&page=2"),
        (
            "https://www.exemple-actu.fr/2026/01/19/poutine/#more-4807",
            "https://www.exemple-actu.fr/2026/01/19/poutine/",
        ),
        ("HTTPS://WWW.Exemple-Actu.FR:443/Tag/Kremlin/", "https://www.exemple-actu.fr/Tag/Kremlin/"),
        ("http://example.com:80/x", "http://example.com/x"),
        ("http://example.com:8080/x?a=1#top", "http://example.com:8080/x?a=1"),
        ("https://example.com", "https://example.com/"),
    ],
)
def test_canonical_url(url: str, want: str) -> None:
    assert canonical_url(url) == want
    assert canonical_url(want) == want


# -- overall --------------------------------------------------------------------------------


def test_overall_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    """Extraction quality over every page: printed, and required to be perfect."""
    lines = []
    totals = {"links": [0, 0, 0], "titles": [0, 0, 0]}  # hits, found, expected
    for page in PAGES:
        try:
            entries = parsed(page).entries
        except Exception:  # a page the parser fails on counts as nothing found; its own tests say why
            entries = ()
        want = expected(page)["entries"]
        row = [f"{page:<18}"]
        for name, got_set, want_set in (
            ("links", {e.link for e in entries}, {e["link"] for e in want}),
            ("titles", {(e.link, e.title) for e in entries}, {(e["link"], e["title"]) for e in want}),
        ):
            hits = len(got_set & want_set)
            totals[name][0] += hits
            totals[name][1] += len(got_set)
            totals[name][2] += len(want_set)
            precision, recall = scores(got_set, want_set)
            row.append(f"{name} P={precision:.2f} R={recall:.2f}")
        lines.append("  ".join(row))
    overall = {
        name: (hits / found if found else 0.0, hits / want) for name, (hits, found, want) in totals.items()
    }
    lines.append(
        f"{'overall':<18}  " + "  ".join(f"{name} P={p:.3f} R={r:.3f}" for name, (p, r) in overall.items())
    )
    with capsys.disabled():
        print("\nhtml_archive extraction\n" + "\n".join(lines))
    assert overall == {"links": (1.0, 1.0), "titles": (1.0, 1.0)}
