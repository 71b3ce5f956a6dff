"""A card's section, time, day and teaser read as one short line ("الرياضي 14:58 02-08-2021
اليوم الاثنين …": a news front's meta items and a two-word teaser): the one clock written right
before the numeric day is that day's time, as it is when the line opens with it. The reader had
the day alone (noon), the teaser's "today" winning over the clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.parse._dates import parse_date
from aggregator.parse.listing._clocks import read_date

NOW = datetime(2021, 8, 2, 21, 0, tzinfo=UTC)
ZONE = "Africa/Algiers"


def _read(text: str, lang: str) -> datetime | None:
    return read_date(text, lambda t: parse_date(t, now=NOW, timezone=ZONE, lang=lang), ZONE)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("الرياضي 14:58 02-08-2021 اليوم الاثنين ...", "ar"),
        ("الوطني 14:58 | 02/08/2021 اليوم", "ar"),
    ],
)
def test_the_clock_before_the_numeric_day_is_its_time(text: str, lang: str) -> None:
    assert _read(text, lang) == datetime(2021, 8, 2, 13, 58, tzinfo=UTC)


def test_a_clock_among_others_is_not_given_to_the_day() -> None:
    # Two clocks: which is the day's is not settled by place alone.
    assert _read("الرياضي 14:58 02-08-2021 اليوم 16:00", "ar") != datetime(2021, 8, 2, 13, 58, tzinfo=UTC)
