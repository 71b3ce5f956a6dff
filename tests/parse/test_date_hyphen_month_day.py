"""A month and day alone joined by a hyphen ("04-25"), as Chinese, Japanese and Korean
portals print them beside each title: month then day (ISO 8601's order without the year), in
the most recent year that does not put it in the future; never a day and a two-digit year."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse._dates import parse_date

NOW = datetime(2016, 4, 26, 12, 0, tzinfo=UTC)


def read(text: str) -> datetime | None:
    return parse_date(text, now=NOW, timezone="Asia/Shanghai", day_first=True)


def test_a_month_and_day_alone_is_that_day_of_the_most_recent_year() -> None:
    assert read("04-25") == datetime(2016, 4, 25, 4, 0, tzinfo=UTC)  # noon in Shanghai
    assert read("12-31") == datetime(2015, 12, 31, 4, 0, tzinfo=UTC)
    assert read("04-25 14:05") == datetime(2016, 4, 25, 6, 5, tzinfo=UTC)


def test_other_hyphenated_numbers_are_read_as_before() -> None:
    assert read("2016-04-25") == datetime(2016, 4, 25, 4, 0, tzinfo=UTC)
    assert read("v04-25") is None
