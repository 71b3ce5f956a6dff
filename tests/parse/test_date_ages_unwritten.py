"""Ages and relative days the locales' data knows but the gate in front of dateparser, or
dateparser itself, missed (branch freshB, issue 12): an age whose count the unit's word says
("час назад", one hour; "منذ ساعتين", two hours, Arabic's dual), an age written against its
word for "ago" that dateparser leaves unread ("3 ชั่วโมงที่แล้ว"), Persian's ages written with
the Farsi yeh where the locale lists the Arabic one ("۳ ساعت پیش"), and Hindi's "कल", which
is yesterday and tomorrow alike (a listing's date is past). Each is checked against ``now``
in the page's zone, to the minute."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from aggregator.parse._dates import parse_date

NOW = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang", "age"),
    [
        ("час назад", "ru", timedelta(hours=1)),
        ("минуту назад", "ru", timedelta(minutes=1)),
        ("годину тому", "uk", timedelta(hours=1)),
        ("منذ ساعتين", "ar", timedelta(hours=2)),
    ],
)
def test_an_age_whose_unit_says_its_count_is_read(text: str, lang: str, age: timedelta) -> None:
    assert parse_date(text, now=NOW, timezone="UTC", lang=lang) == NOW - age


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [("неделю назад", "ru", 13), ("منذ يومين", "ar", 18), ("לפני יומיים", "he", 18)],
)
def test_an_age_in_days_whose_unit_says_its_count_names_the_day(text: str, lang: str, day: int) -> None:
    found = parse_date(text, now=NOW, timezone="Asia/Jerusalem", lang=lang)
    assert found is not None
    assert found.astimezone(UTC).date() == NOW.date().replace(day=day)


@pytest.mark.parametrize("text", ["3 ชั่วโมงที่แล้ว", "3ชั่วโมงที่แล้ว"])
def test_an_age_dateparser_leaves_unread_is_counted(text: str) -> None:
    # Bangkok is seven hours ahead: 16:30 there, three hours before is 13:30 (06:30 UTC).
    assert parse_date(text, now=NOW, timezone="Asia/Bangkok", lang="th") == NOW - timedelta(hours=3)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("۳ ساعت پیش", timedelta(hours=3)),
        ("۵ دقیقه پیش", timedelta(minutes=5)),
        ("3 ساعت پیش", timedelta(hours=3)),
    ],
)
def test_a_persian_age_with_the_farsi_yeh_is_read(text: str, age: timedelta) -> None:
    assert parse_date(text, now=NOW, timezone="Asia/Tehran", lang="fa") == NOW - age


def test_a_word_for_yesterday_and_tomorrow_alike_reads_yesterday() -> None:
    found = parse_date("कल 14:05", now=NOW, timezone="Asia/Kolkata", lang="hi")
    assert found == datetime(2026, 3, 19, 8, 35, tzinfo=UTC)  # 14:05 in Kolkata


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hace días", "es"),
        ("vor Tagen", "de"),
        ("часов назад", "ru"),
        ("days ago", "en"),
        ("לפני ימים", "he"),
    ],
)
def test_a_vague_plural_without_a_count_stays_unread(text: str, lang: str) -> None:
    assert parse_date(text, now=NOW, timezone="UTC", lang=lang) is None


@pytest.mark.parametrize(
    ("text", "lang"), [("Tag vor der Wahl", "de"), ("Три часа назад и сейчас", "ru"), ("5 days a week", "en")]
)
def test_an_age_inside_a_sentence_is_no_date(text: str, lang: str) -> None:
    assert parse_date(text, now=NOW, timezone="UTC", lang=lang) is None
