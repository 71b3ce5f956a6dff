"""Ways of writing a date that scripts and families of locales share, found by reading CLDR's
standard forms back (bench/date_forms.py; issue 12): each read as its reader reads it, and a
date whose day is not read is no date rather than another day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from aggregator.parse._date_forms import rewrite_date_text
from aggregator.parse._dates import parse_date

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def _read(text: str, lang: str) -> datetime | None:
    return parse_date(text, now=NOW, timezone="UTC", lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "day", "clock"),
    [
        # right-to-left marks between the numbers
        ("3\u200f/11\u200f/2026", "ar", date(2026, 11, 3), None),
        ("\u200f24\u200f/09\u200f/2026", "ar-EG", date(2026, 9, 24), None),
        # a clock with dots after a year
        ("03.11.2026 14.05", "da", date(2026, 11, 3), (14, 5)),
        ("3.11.2026 14.05.00", "fi", date(2026, 11, 3), (14, 5)),
        ("3 Nov 2026 14.05.00", "id", date(2026, 11, 3), (14, 5)),
        # Hangul's year, month and day characters; year. month. day. with their dots
        ("2026년 9월 24일", "ko", date(2026, 9, 24), None),
        ("2026년 2월 11일 수요일", "ko", date(2026, 2, 11), None),
        ("26. 11. 3.", "ko", date(2026, 11, 3), None),
        ("2026. 11. 3. 오후 2:05:00", "ko", date(2026, 11, 3), (14, 5)),
        # the afternoon before the clock in Chinese, Japanese and Korean
        ("2026年11月3日 下午2:05:00", "zh-TW", date(2026, 11, 3), (14, 5)),
        ("2026年11月3日 午後2:05", "ja", date(2026, 11, 3), (14, 5)),
        ("26. 9. 24. 오전 9:05", "ko", date(2026, 9, 24), (9, 5)),
        # a clock after a date the fast path reads without it: dateparser's reading of the line
        ("2026. nov. 3. 14:05:00", "hu", date(2026, 11, 3), (14, 5)),
        ("3.11.2026 г., 14:05:00", "bg", date(2026, 11, 3), (14, 5)),
        # a 12-hour clock and a half day's marker the fast path does not know
        ("3 Nov 2026, 2:05:00 PTG", "ms", date(2026, 11, 3), (14, 5)),
    ],
)
def test_a_locale_form_is_read(text: str, lang: str, day: date, clock: tuple[int, int] | None) -> None:
    found = _read(text, lang)
    assert found is not None, text
    assert found.date() == day
    assert (found.hour, found.minute) == (clock or (12, 0))


def test_two_digit_year_first_only_where_the_language_writes_it() -> None:
    # Croatian writes "13. 11. 26." day first: not 26 November 2013.
    assert rewrite_date_text("13. 11. 26.", year_first=False) == "13. 11. 26."
    assert rewrite_date_text("26. 11. 3.", year_first=True) == "2026년 11월 3일"
    found = _read("13. 11. 26.", "hr")
    assert found is None or found.date() != date(2013, 11, 26)


@pytest.mark.parametrize("text", ["Nov 2026 12.50 €", "2026 1.5", "2026 14.05.2027"])
def test_numbers_after_a_year_that_are_no_clock_stay(text: str) -> None:
    assert rewrite_date_text(text) == text


@pytest.mark.parametrize(
    ("text", "lang", "day", "clock"),
    [
        # a year's and a day's short word (Lithuanian "m.", "d."; Latvian "gada") dropped
        # for dateparser, which gives up on the whole line with them
        ("2026 m. lapkričio 3 d.", "lt", date(2026, 11, 3), None),
        ("2026 m. rugsėjo 24 d., ketvirtadienis", "lt", date(2026, 9, 24), None),
        ("otrdiena, 2026. gada 3. novembris", "lv", date(2026, 11, 3), None),
        ("2026. gada 24. sept.", "lv", date(2026, 9, 24), None),
        # a day is no clock's hour ("nov. 14:05" is not 14 November)
        ("2026. gada 3. nov. 14:05:00", "lv", date(2026, 11, 3), (14, 5)),
        # a month abbreviated with a dot after each letter
        ("3 พ.ย. 2026", "th", date(2026, 11, 3), None),
        ("24 ก.ย. 2026", "th-TH", date(2026, 9, 24), None),
        # a date dateparser finds in a line it cannot read whole, with its label and byline
        ("Publiziert am 13. Januar 2014 von uriebe", "de", date(2014, 1, 13), None),
    ],
)
def test_a_line_dateparser_reads_once_cleaned(
    text: str, lang: str, day: date, clock: tuple[int, int] | None
) -> None:
    found = _read(text, lang)
    assert found is not None, text
    assert found.date() == day
    assert (found.hour, found.minute) == (clock or (12, 0))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("lapkričio", "lt"),  # a month alone
        ("novembris 2026", "lv"),  # was 5 November: dateparser gave it today's day
        ("Nov 14:05", "en"),  # a month and a clock, no day: was 14 November, then 5 November
        ("3 בנוב׳ 2026, 14:05:00", "he"),  # the clock read after the year, the day not: was today
    ],
)
def test_a_date_whose_day_is_not_read_is_none(text: str, lang: str) -> None:
    assert _read(text, lang) is None


# Simplified characters on a page in traditional ones stay read ("3 小时前").
@pytest.mark.parametrize(("text", "minutes"), [("3 小時前", 180), ("5 分鐘前", 5), ("3 小时前", 180)])
def test_traditional_chinese_ages(text: str, minutes: int) -> None:
    assert _read(text, "zh-TW") == NOW - timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("text", "timezone", "want"),
    [
        # "p.m." is no unknown half-day marker
        ("Nov. 19, 2019 at 6:18 p.m.", "America/Los_Angeles", datetime(2019, 11, 20, 2, 18, tzinfo=UTC)),
    ],
)
def test_a_clock_the_fast_path_reads_stays_its_reading(text: str, timezone: str, want: datetime) -> None:
    assert parse_date(text, now=NOW, timezone=timezone, lang="en") == want
