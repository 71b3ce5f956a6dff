"""A period from a day of one month to a day of another ("24 апреля — 27 апреля, 2012", as an
events calendar on a Russian portal's front writes it) is an event's days, like "13. bis 19.
Oktober": no publication date. Read as a date its first day took no year (the year is written
once, after the last day) and fell back a year when it lay after the page's "now"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.parse.listing._document import Context
from aggregator.parse.listing._periods import is_period

NOW = datetime(2012, 4, 23, 7, 48, tzinfo=UTC)


def context(lang: str) -> Context:
    return Context(base="https://news.example/", timezone="Asia/Tomsk", now=NOW, day_first=True, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("24 апреля — 27 апреля, 2012", "ru"),
        ("24 апреля —\n 27 апреля, 2012", "ru"),
        ("30 марта 2012 — 2 апреля 2012", "ru"),
        ("30 March – 2 April 2012", "en"),
        ("Mar 30 – Apr 2", "en"),
        ("March 30, 2012 to April 2, 2012", "en"),
    ],
)
def test_a_period_across_two_months_is_no_date(text: str, lang: str) -> None:
    assert is_period(text, lang)
    assert context(lang).date(text) is None


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("20 апреля 2012 21:48", "ru", datetime(2012, 4, 20, 14, 48, tzinfo=UTC)),
        ("1 апреля - 12:30", "ru", datetime(2012, 4, 1, 5, 30, tzinfo=UTC)),
        ("20 апреля 2012 — Новости", "ru", datetime(2012, 4, 20, 5, 0, tzinfo=UTC)),
        ("3 March 2012 - 5 comments", "en", datetime(2012, 3, 3, 5, 0, tzinfo=UTC)),
    ],
)
def test_a_day_beside_a_dash_stays_a_date(text: str, lang: str, day: datetime) -> None:
    assert not is_period(text, lang)
    assert context(lang).date(text) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated: 30 March – 2 April 2012", False),
        ("Edited 30 March – 2 April 2012", False),
        # an update word inside another word ("credited") is no update label
        ("Credited: 30 March – 2 April 2012", True),
    ],
)
def test_an_update_label_before_two_days_makes_them_no_period(text: str, expected: bool) -> None:
    assert is_period(text, "en") is expected
