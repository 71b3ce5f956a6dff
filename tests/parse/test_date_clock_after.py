"""A date the reader finds inside a longer line, its time of day written right after it behind
a dash, a comma or an "at" word ("ottobre 11, 2015 - 8:09 pm Inserisci un commento", a
WordPress theme's meta line with its comment link): the day is at that time, not at noon."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.parse._dates import parse_date

NOW = datetime(2016, 4, 26, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("ottobre 11, 2015 - 8:09 pm Inserisci un commento", "it-IT", datetime(2015, 10, 11, 18, 9)),
        ("11 ottobre 2015 - 20:09 Inserisci un commento", "it", datetime(2015, 10, 11, 18, 9)),
        ("11 oktober 2015 om 20:09 Reageer", "nl", datetime(2015, 10, 11, 18, 9)),
        ("11. Oktober 2015 um 20:09 Kommentieren", "de", datetime(2015, 10, 11, 18, 9)),
    ],
)
def test_the_clock_after_a_day_found_in_a_line_is_its_time(text: str, lang: str, want: datetime) -> None:
    assert parse_date(text, now=NOW, timezone="Europe/Rome", lang=lang) == want.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ottobre 11, 2015 Inserisci un commento", "it"),  # no clock: the day, at noon
        ("11 ottobre 2015 - 2 commenti", "it"),  # a count after the dash is no clock
    ],
)
def test_a_day_without_a_clock_after_it_stays_at_noon(text: str, lang: str) -> None:
    noon = datetime(2015, 10, 11, 10, 0, tzinfo=UTC)
    assert parse_date(text, now=NOW, timezone="Europe/Rome", lang=lang) == noon


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("bởi tề thiên, lúc Hôm qua, lúc 10:30", datetime(2021, 8, 2, 3, 30)),
        ("Hôm qua, lúc 20:02", datetime(2021, 8, 2, 13, 2)),
        ("Hôm nay lúc 09:15", datetime(2021, 8, 3, 2, 15)),
        ("bởi Lan, Hôm kia lúc 07:00", datetime(2021, 8, 1, 0, 0)),
    ],
)
def test_a_vietnamese_day_word_after_a_byline_keeps_its_clock(text: str, want: datetime) -> None:
    """A forum's "lúc Hôm qua, lúc 10:30" (at yesterday, at 10:30) after its poster's name is
    yesterday at that time, in the source's timezone: not today, as when the line was read only
    from its clock."""
    now = datetime(2021, 8, 2, 21, 21, tzinfo=UTC)  # 04:21 on 3 August in Ho Chi Minh City
    assert parse_date(text, now=now, timezone="Asia/Ho_Chi_Minh", lang="vi") == want.replace(tzinfo=UTC)
