"""Numeric dates in the order their page writes them (met on a Drupal term page in Spanish
added to the development corpus, which keeps Drupal's default "D, m/d/Y - H:i"): a number above
12 is the day whatever the page's language, and a page whose unambiguous dates all read one way
has its ambiguous ones read that way too. "Enviado por" / "Submitted by" open a byline.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from lxml import html

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date
from aggregator.parse.listing._numeric_order import page_day_first

NOW = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
MADRID = ZoneInfo("Europe/Madrid")


@pytest.mark.parametrize(
    ("text", "day_first", "want"),
    [
        ("Vie, 11/27/2026 - 14:05", True, datetime(2026, 11, 27, 14, 5)),  # was the day at noon
        ("Enviado por Ana el Vie, 11/27/2026 - 14:05", True, datetime(2026, 11, 27, 14, 5)),
        ("27/11/2026 - 14:05", False, datetime(2026, 11, 27, 14, 5)),
        ("05/11/2026 - 09:20", True, datetime(2026, 11, 5, 9, 20)),
        ("05/11/2026 - 09:20", False, datetime(2026, 5, 11, 9, 20)),
    ],
)
def test_a_number_above_twelve_is_the_day(text: str, day_first: bool, want: datetime) -> None:
    found = parse_date(text, now=NOW, timezone="Europe/Madrid", day_first=day_first, lang="es")
    assert found is not None
    assert found.astimezone(MADRID).replace(tzinfo=None) == want


def body(*dates: str) -> html.HtmlElement:
    return html.fromstring("<html><body>" + "".join(f"<p>Post on {d}</p>" for d in dates) + "</body></html>")


def test_the_pages_unambiguous_dates_settle_the_order() -> None:
    assert page_day_first(body("12/04/2026", "11/27/2026"), default=True) is False
    assert page_day_first(body("12/04/2026", "27/11/2026"), default=False) is True
    # Nothing settles it, or the page disagrees with itself: the language's order stays.
    assert page_day_first(body("12/04/2026", "11/05/2026"), default=True) is True
    assert page_day_first(body("11/27/2026", "27/11/2026"), default=False) is False


CARD = """<div class="views-row"><article class="node node--view-mode-teaser"><header>
<h2 class="node__title"><a href="/node/{n}" rel="bookmark">Post number {n} of the garden</a></h2>
<div class="node__meta"><span>{by} <span property="schema:name">{name}</span> {on} <span
class="field--name-created">{day}</span></span></div></header><div class="node__content"><p>The
summary of post number {n}, long enough to read as the start of an article.</p></div></article></div>"""


def read(cards: list[dict[str, str]], lang: str) -> list[tuple[datetime | None, str | None]]:
    main = "".join(CARD.format(n=i, **c) for i, c in enumerate(cards))
    page = f"<html lang='{lang}'><head><title>Term</title></head><body><main>{main}</main></body></html>"
    parsed = parse_document(
        page.encode(),
        url="https://garden.example/taxonomy/term/4",
        source_type="html",
        timezone="Europe/Madrid",
        now=NOW,
    )
    return [(e.published, e.author) for e in parsed.entries]


def test_a_month_first_page_in_a_day_first_language_is_read_month_first() -> None:
    cards = [
        {"by": "Enviado por", "name": "Ana Ruiz", "on": "el", "day": "Vie, 12/04/2026 - 18:30"},
        {"by": "Enviado por", "name": "Jorge Sanz", "on": "el", "day": "Vie, 11/27/2026 - 14:05"},
        {"by": "Enviado por", "name": "Lucía Ferrer", "on": "el", "day": "Jue, 11/05/2026 - 09:20"},
    ]
    found = read(cards, "es")
    assert [d.astimezone(MADRID).replace(tzinfo=None) if d else None for d, _ in found] == [
        datetime(2026, 12, 4, 18, 30),
        datetime(2026, 11, 27, 14, 5),
        datetime(2026, 11, 5, 9, 20),
    ]
    assert [a for _, a in found] == ["Ana Ruiz", "Jorge Sanz", "Lucía Ferrer"]


def test_submitted_by_opens_a_byline() -> None:
    cards = [
        {"by": "Submitted by", "name": name, "on": "on", "day": f"Fri, 11/2{i}/2026 - 14:05"}
        for i, name in enumerate(["Jane Doe", "John Roe", "Mary Major"])
    ]
    assert [a for _, a in read(cards, "en")] == ["Jane Doe", "John Roe", "Mary Major"]


def test_hyphenated_dates_settle_the_order_too() -> None:
    # Forum software prints "05-29-2008" (vBulletin's US default) on pages declaring only "en".
    assert page_day_first(body("09-08-2004 10:23 PM", "05-29-2008 09:03 PM"), default=True) is False
    assert page_day_first(body("02-06-2005 11:11 AM", "29-04-2009 10:53 PM"), default=False) is True
    # An ISO day is no evidence either way, nor a number in a range of years.
    assert page_day_first(body("2016-03-10", "1998-2016"), default=False) is False
