"""Clocks and days written the ways the date patterns missed: the Nordic "kl. 18.24" (Swedish,
Danish, Norwegian; Finnish "klo 18.24") after a day or "i går", a dotted clock before its zone
("18.24 GMT", as British papers write it), and a month and day in Japanese, Chinese or Korean
characters without a year ("11月25日"). Each kept its day and lost its time, or was not read.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.parse._dates import parse_date

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang", "zone", "expected"),
    [
        (
            "Publicerad 25 november 2026 kl. 18.24",
            "sv",
            "Europe/Stockholm",
            datetime(2026, 11, 25, 17, 24, tzinfo=UTC),
        ),
        ("i går kl. 18.24", "sv", "Europe/Stockholm", datetime(2026, 11, 25, 17, 24, tzinfo=UTC)),
        ("25.11.2026 klo 18.24", "fi", "Europe/Helsinki", datetime(2026, 11, 25, 16, 24, tzinfo=UTC)),
        ("Wed 25 Nov 2026 18.24 GMT", "en", "Europe/Berlin", datetime(2026, 11, 25, 18, 24, tzinfo=UTC)),
    ],
)
def test_a_dotted_clock_after_kl_or_before_its_zone(
    text: str, lang: str, zone: str, expected: datetime
) -> None:
    assert parse_date(text, now=NOW, timezone=zone, lang=lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"), [("11月25日", "ja"), ("11月25日 18:24", "zh"), ("11월 25일", "ko")]
)
def test_a_month_and_day_in_cjk_characters_without_a_year(text: str, lang: str) -> None:
    found = parse_date(text, now=NOW, timezone="Asia/Tokyo", lang=lang)
    assert found is not None
    assert found.astimezone(UTC).date() == datetime(2026, 11, 25).date()


def test_a_version_with_dots_is_no_clock() -> None:
    assert parse_date("Version 18.24 released", now=NOW, lang="en") is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("14.30", "de", datetime(2026, 11, 25, 13, 30, tzinfo=UTC)),  # later than now: yesterday
        ("10.00", "da", datetime(2026, 11, 26, 9, 0, tzinfo=UTC)),
        ("13.45", "da", datetime(2026, 11, 26, 12, 45, tzinfo=UTC)),
    ],
)
def test_a_dotted_clock_alone_is_a_clock_where_the_language_writes_clocks_so(
    text: str, lang: str, expected: datetime
) -> None:
    # Hours 0-23 and two-digit minutes on a German or Danish page: no decimal.
    assert parse_date(text, now=NOW, timezone="Europe/Berlin", day_first=True, lang=lang) == expected
    assert parse_date("9.88", now=NOW, timezone="Europe/Berlin", lang=lang) is None


NOON = datetime(2026, 11, 3, 11, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nov 3, 2026 (4:32 min)", "en"),
        ("Nov 3, 2026 [1:02:33]", "en"),
        ("Nov 3, 2026 (12:45)", "en"),
        ("3.11.2026 (3:45)", "de"),
        ("Nov 3, 2026 12.45 MB", "en"),
        ("3.11.2026 12.50 kr", "da"),
        ("3.11.2026 2.10 Version", "de"),
    ],
)
def test_a_duration_or_size_after_a_date_is_no_time_of_day(text: str, lang: str) -> None:
    # A length in brackets or before "min", a size, a price, a version after the year: the day
    # alone (noon in the zone).
    got = parse_date(text, now=NOW, timezone="Europe/Berlin", day_first=True, lang=lang)
    assert got == NOON


def test_a_dotted_clock_after_a_year_keeps_its_clock_word() -> None:
    got = parse_date("3.11.2026 14.05 Uhr", now=NOW, timezone="Europe/Berlin", day_first=True, lang="de")
    assert got == datetime(2026, 11, 3, 13, 5, tzinfo=UTC)
