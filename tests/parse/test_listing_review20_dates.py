"""Misfires of the date rules found in review (fix20): a dotted clock on an English page, a
clock's seconds read again as a day."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from aggregator.parse._date_prose import date_only
from aggregator.parse._dates import parse_date
from aggregator.parse.listing._clocks import read_date

NOW = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)


def _read(text: str, lang: str) -> datetime | None:
    return parse_date(text, now=NOW, timezone="UTC", day_first=lang != "en", lang=lang)


def test_a_dotted_clock_after_a_year_is_a_clock_in_every_language() -> None:
    # The documented rule (_date_forms): the year before it places it as the line's time.
    for lang in ("en", "de", "it"):
        assert _read("Nov 3, 2026 10.30", lang) == datetime(2026, 11, 3, 10, 30, tzinfo=UTC), lang
    assert _read("3 Nov 2026 10.30 GMT", "en") == datetime(2026, 11, 3, 10, 30, tzinfo=UTC)


def test_a_dotted_pair_alone_is_no_clock_in_us_english() -> None:
    # "14.45" was already no date on an English page; "10.30", which could be a month and a
    # day, was read by dateparser as 10:30 today: no more on a US English page (review21:
    # elsewhere, British English included, "10.30" is how pages write the time).
    assert _read("10.30", "en-us") is None
    assert _read("14.45", "en") is None
    assert _read("10.30", "de") == datetime(2026, 12, 5, 10, 30, tzinfo=UTC)
    assert _read("10.30 am", "en") == datetime(2026, 12, 5, 10, 30, tzinfo=UTC)


def test_a_clocks_seconds_are_no_day() -> None:
    # "15 Nov" of "10:30:15 Nov 3, 2026" was read as 15 November.
    assert _read("10:30:15 Nov 3, 2026", "en") == datetime(2026, 11, 3, 10, 30, 15, tzinfo=UTC)
    assert _read("10:30 Nov 3, 2026", "en") == datetime(2026, 11, 3, 10, 30, tzinfo=UTC)
    assert _read("Date:3 Nov 2026", "en") == date_only(datetime(2026, 11, 3).date(), ZoneInfo("UTC"))


def test_a_leading_or_dotted_clock_keeps_its_seconds() -> None:
    tz = ZoneInfo("UTC")

    def day_alone(text: str) -> datetime | None:
        return date_only(datetime(2026, 11, 3).date(), tz) if "Nov 3" in text else None

    assert read_date("10:30:15 Nov 3", day_alone, "UTC") == datetime(2026, 11, 3, 10, 30, 15, tzinfo=UTC)

    def german(text: str) -> datetime | None:
        return parse_date(text, now=NOW, timezone="UTC", lang="de")

    assert read_date("10.30.15 Uhr 03.11.2026", german, "UTC") == datetime(
        2026, 11, 3, 10, 30, 15, tzinfo=UTC
    )
