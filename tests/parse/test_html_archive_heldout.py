"""HTML archive pages held out from development: a check of how the extractor generalises.

Each page tests/data/html_archive/heldout/NAME.html imitates a kind of listing the development
fixtures do not cover (a regional newspaper's card grid with a carousel, a blog archive laid
out as a table, a Ghost theme, a DSFR public-body news list) and was written without reading
the extractor. NAME.py, written by hand from the HTML, holds what a reader sees: titles as
displayed, links absolute and canonical, dates converted to UTC from what the page says and
its time zone, the next page and the listing's own feed.

Per page: precision and recall of links and of (link, title) pairs, order, dates, summaries,
next page and feed; and a table of precision/recall over all pages.
"""

from __future__ import annotations

import html
import re
import runpy
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from aggregator.parse.listing import parse_archive
from aggregator.types import ParsedFeed, RawEntry

DATA = Path(__file__).parents[1] / "data" / "html_archive" / "heldout"

PAGES = ("regional_cards_fr", "blog_table_en", "ghost_casper_en", "dsfr_actualites_fr")

#: Never part of an excerpt, on any page.
READ_MORE = ("lire la suite", "read more", "continuer la lecture", "continue reading")

# A summary is safe structure (issue 12): paragraphs, lists, quotes, with emphasis, code and
# links inside; headings come demoted to bold paragraphs. Optionally after the teaser image;
# a card with an image and no excerpt may give the image alone.
_SUMMARY_SHAPE = re.compile(
    r'^(?:<p><img src="[^"<>]+" alt=""></p>)?'
    r"(?:<(?:p|ul|ol|blockquote)>(?:[^<>]|</?(?:p|ul|ol|li|blockquote|em|"
    r'strong|code|q)>|<a href="[^"<>]+">|</a>)*)*$'
)
_TAG = re.compile(r"<[^>]+>")


@cache
def expected(page: str) -> dict[str, Any]:
    return runpy.run_path(str(DATA / f"{page}.py"))


@cache
def parsed(page: str) -> ParsedFeed:
    exp = expected(page)
    return parse_archive(
        (DATA / f"{page}.html").read_bytes(), url=exp["url"], timezone=exp["timezone"], now=exp["now"]
    )


def found(page: str) -> tuple[RawEntry, ...]:
    """The entries found, or none when the parser gives up on the page."""
    try:
        return parsed(page).entries
    except Exception:  # a page the parser fails on counts as nothing found
        return ()


def scores(got: set[Any], want: set[Any]) -> tuple[float, float]:
    """(precision, recall) of ``got`` against ``want``."""
    hits = len(got & want)
    precision = hits / len(got) if got else float(not want)
    recall = hits / len(want) if want else 1.0
    return precision, recall


def link_sets(page: str) -> tuple[set[Any], set[Any]]:
    return {e.link for e in found(page)}, {e["link"] for e in expected(page)["entries"]}


def title_sets(page: str) -> tuple[set[Any], set[Any]]:
    return (
        {(e.link, e.title) for e in found(page)},
        {(e["link"], e["title"]) for e in expected(page)["entries"]},
    )


def summary_text(summary: str | None) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", summary or "")).split())


def matched(page: str) -> list[tuple[dict[str, Any], RawEntry]]:
    """Expected entries paired with what the parser found at the same link."""
    got = {e.link: e for e in found(page)}
    return [(want, got[want["link"]]) for want in expected(page)["entries"] if want["link"] in got]


# -- entries: links, titles, order ----------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_parses(page: str) -> None:
    assert parsed(page).entries


@pytest.mark.parametrize("page", PAGES)
def test_links(page: str) -> None:
    got, want = link_sets(page)
    precision, recall = scores(got, want)
    assert (precision, recall) == (1.0, 1.0), (
        f"precision={precision:.2f} recall={recall:.2f}\n"
        f"missing: {sorted(want - got)}\nextra: {sorted(str(x) for x in got - want)}"
    )


@pytest.mark.parametrize("page", PAGES)
def test_titles(page: str) -> None:
    got, want = title_sets(page)
    precision, recall = scores(got, want)
    assert (precision, recall) == (1.0, 1.0), (
        f"precision={precision:.2f} recall={recall:.2f}\n"
        f"missing: {sorted(want - got)}\nextra: {sorted(got - want, key=str)}"
    )


@pytest.mark.parametrize("page", PAGES)
def test_order_and_no_duplicates(page: str) -> None:
    assert [e.link for e in found(page)] == [e["link"] for e in expected(page)["entries"]]


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
    """The excerpt when the page shows one; never the title, a date, a byline or a label."""
    pairs = matched(page)
    assert pairs, "no expected entry was found"
    problems: dict[str, list[str]] = {}
    for want, got in pairs:
        issues: list[str] = []
        summary = got.summary or ""
        text = summary_text(summary)
        if summary and not _SUMMARY_SHAPE.match(summary):
            issues.append(f"not plain paragraphs: {summary[:200]!r}")
        issues += [f"lacks {phrase!r}" for phrase in want["summary_contains"] if phrase not in text]
        issues += [f"has {noise!r}" for noise in READ_MORE if noise in text.casefold()]
        issues += [f"has {noise!r}" for noise in want["summary_excludes"] if noise in text]
        if want["title"] in text:
            issues.append("repeats the title")
        if issues:
            problems[want["link"]] = issues
    assert problems == {}


# -- next page and the page's own feed -------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_next_page(page: str) -> None:
    assert parsed(page).next_page == expected(page)["next_page"]


@pytest.mark.parametrize("page", PAGES)
def test_alternate_feed(page: str) -> None:
    """The feed of this listing, never the site-wide or comments feed."""
    assert parsed(page).alternate_feed == expected(page)["alternate_feed"]


# -- overall --------------------------------------------------------------------------------


def test_overall_precision_recall(capsys: pytest.CaptureFixture[str]) -> None:
    """Extraction quality over the held-out pages: printed, and required to be perfect."""
    lines = []
    totals = {"links": [0, 0, 0], "titles": [0, 0, 0]}  # hits, found, expected
    dates_right = dates_total = 0
    for page in PAGES:
        row = [f"{page:<20}"]
        for name, (got, want) in (("links", link_sets(page)), ("titles", title_sets(page))):
            hits = len(got & want)
            totals[name][0] += hits
            totals[name][1] += len(got)
            totals[name][2] += len(want)
            precision, recall = scores(got, want)
            row.append(f"{name} P={precision:.2f} R={recall:.2f}")
        pairs = matched(page)
        right = sum(got.published == want["published"] for want, got in pairs)
        dates_right += right
        dates_total += len(expected(page)["entries"])
        row.append(f"dates {right}/{len(expected(page)['entries'])}")
        lines.append("  ".join(row))
    overall = {
        name: (hits / found_ if found_ else 0.0, hits / want) for name, (hits, found_, want) in totals.items()
    }
    lines.append(
        f"{'overall':<20}  "
        + "  ".join(f"{name} P={p:.3f} R={r:.3f}" for name, (p, r) in overall.items())
        + f"  dates {dates_right}/{dates_total}"
    )
    with capsys.disabled():
        print("\nhtml_archive extraction, held-out pages\n" + "\n".join(lines))
    assert overall == {"links": (1.0, 1.0), "titles": (1.0, 1.0)}
    assert dates_right == dates_total
