"""Date forms the listing corpus's development set named as not read yet (listing6's list):
a day and month written with their dots and no year ("Mo 23.11."), a day in Chinese,
Japanese and Korean characters ("2026年11月24日"), and an age in two parts ("2 days, 3 hours
ago"). Each is read as a reader of the page would."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from aggregator.parse._dates import parse_date

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "day", "clock"),
    [
        ("23.11.", date(2026, 11, 23), None),  # was read as 23:11 today
        ("Mo 23.11.", date(2026, 11, 23), None),  # was Monday 30 November at 23:11
        ("Mo, 23.11. 14:05", date(2026, 11, 23), (14, 5)),
        ("3.1.", date(2026, 1, 3), None),
        ("24.12.", date(2025, 12, 24), None),  # not yet this year: the year before
    ],
)
def test_a_dotted_day_and_month_is_that_day(text: str, day: date, clock: tuple[int, int] | None) -> None:
    found = parse_date(text, now=NOW, timezone="Europe/Berlin", lang="de")
    assert found is not None, text
    local = found.astimezone(BERLIN)
    assert local.date() == day
    assert (local.hour, local.minute) == (clock or (12, 0))  # a day alone is its noon


def test_a_dotted_pair_in_a_sentence_or_a_time_is_no_day() -> None:
    assert parse_date("Version 2.1. released with many fixes today", now=NOW, lang="en") != datetime(
        2026, 1, 2, 11, tzinfo=UTC
    )
    found = parse_date("14.05 Uhr", now=NOW, timezone="Europe/Berlin", lang="de")
    assert found is not None and (found.astimezone(BERLIN).hour, found.astimezone(BERLIN).minute) == (14, 5)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("2026年11月24日", "ja"), ("2026年11月24日", "zh"), ("2026년 11월 24일", "ko")],
)
def test_a_day_in_cjk_characters(text: str, lang: str) -> None:
    found = parse_date(text, now=NOW, timezone="Asia/Tokyo", lang=lang)
    assert found is not None and found.astimezone(ZoneInfo("Asia/Tokyo")).date() == date(2026, 11, 24)
    timed = parse_date(text + " 14:05", now=NOW, timezone="Asia/Tokyo", lang=lang)
    assert timed == datetime(2026, 11, 24, 5, 5, tzinfo=UTC)


def test_an_age_in_two_parts_counts_both() -> None:
    assert parse_date("2 days, 3 hours ago", now=NOW, lang="en") == NOW - timedelta(days=2, hours=3)
    assert parse_date("1 hour and 20 minutes ago", now=NOW, lang="en") == NOW - timedelta(hours=1, minutes=20)
    assert parse_date("3 hours ago", now=NOW, lang="en") == NOW - timedelta(hours=3)


@pytest.mark.parametrize(
    ("text", "day_first", "want"),
    [
        # Forum software's hyphenated days after a user name with digits; the space before the
        # comma made the whole line unreadable.
        ("Started by ryan038 , 16-10-2005 11:36 PM", True, datetime(2005, 10, 16, 23, 36)),
        ("Started by Salgadoxx8 , 03-12-2014 06:13 PM", False, datetime(2014, 3, 12, 18, 13)),
        ("29-04-2009, 10:53 PM", True, datetime(2009, 4, 29, 22, 53)),
    ],
)
def test_a_hyphenated_numeric_day_is_read(text: str, day_first: bool, want: datetime) -> None:
    found = parse_date(text, now=NOW, timezone="Europe/Berlin", day_first=day_first, lang="en")
    assert found is not None, text
    assert found.astimezone(BERLIN).replace(tzinfo=None) == want


def test_an_iso_day_stays_an_iso_day() -> None:
    found = parse_date("2016-03-10", now=NOW, timezone="Europe/Berlin")
    assert found == datetime(2016, 3, 10, 11, tzinfo=UTC)


def test_phpbb_french_abbreviation_of_august() -> None:
    # "Mar" (mardi) was read as March and the day as 28 March of the wrong year.
    found = parse_date("» Mar 28 Aoû 2012 21:27", now=NOW, timezone="UTC", lang="fr")
    assert found == datetime(2012, 8, 28, 21, 27, tzinfo=UTC)
