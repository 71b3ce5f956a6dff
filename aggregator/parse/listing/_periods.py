"""Periods written where a date could stand: "13. bis 19. Oktober", "du 13 au 19 octobre",
"Oct 13–19", "24 апреля — 27 апреля, 2012", "Mar 30 – Apr 2". A card showing one announces an
event (a festival, an exhibition); the day it ends is not the day the article was published,
so such a text gives no date at all.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from aggregator.parse._dates import parse_date
from aggregator.parse.listing._vocabulary import UPDATE_WORDS
from aggregator.words import fold

#: What joins the first and last day of a period.
_TO = r"(?:[-–—]|bis|to|till|until|through|au|al|a|fino al|tot)"
#: "13. bis 19. Oktober", "13-19 October", "du 13 au 19 octobre", "del 13 al 19 de octubre".
_DAYS_THEN_MONTH = re.compile(
    rf"(?<!\d)(?:[0-3]?\d)\.?\s*{_TO}\s*(?:[0-3]?\d)\.?\s+(?:de\s+)?(?P<month>[^\W\d_]{{3,}})", re.I
)
#: "Oct 13–19", "October 13 to 19".
_MONTH_THEN_DAYS = re.compile(
    rf"(?P<month>[^\W\d_]{{3,}})\.?\s+(?:[0-3]?\d)\s*{_TO}\s*(?:[0-3]?\d)(?!\d)", re.I
)
#: "24 апреля — 27 апреля, 2012", "30 March 2012 - 2 April 2012": a day and a month word on each
#: side. Read as dates, its first day would take no year (the year is written once, after the
#: last day) and fall a year back when it lies after the page's "now".
_DAY_MONTH_TO_DAY_MONTH = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)\.?\s+(?:de\s+)?(?P<month>[^\W\d_]{{3,}})\.?(?:,?\s+\d{{4}})?,?\s*{_TO}\s*"
    rf"(?P<day2>[0-3]?\d)\.?\s+(?:de\s+)?(?P<month2>[^\W\d_]{{3,}})",
    re.I,
)
#: "Mar 30 – Apr 2", "March 30, 2012 to April 2, 2012".
_MONTH_DAY_TO_MONTH_DAY = re.compile(
    rf"(?P<month>[^\W\d_]{{3,}})\.?\s+(?P<day>[0-3]?\d)(?:,?\s+\d{{4}})?,?\s*{_TO}\s*"
    rf"(?P<month2>[^\W\d_]{{3,}})\.?\s+(?P<day2>[0-3]?\d)(?!\d)",
    re.I,
)
#: Any fixed day: the month word is tried on it, in the page's language.
_PROBE_NOW = datetime(2000, 12, 31, tzinfo=UTC)


def is_period(text: str, lang: str | None) -> bool:
    """True when ``text`` holds a period of days, within one month or from a day of one month
    to a day of another (each month word read as a month in the page's language)."""
    folded = fold(" ".join(text.split()))
    for pattern in (_DAYS_THEN_MONTH, _MONTH_THEN_DAYS):
        for m in pattern.finditer(folded):
            if _month(m.group("month"), lang) is not None:
                return True
    for pattern in (_DAY_MONTH_TO_DAY_MONTH, _MONTH_DAY_TO_MONTH_DAY):
        for m in pattern.finditer(folded):
            first, last = _month(m.group("month"), lang), _month(m.group("month2"), lang)
            if (
                first is not None
                and last is not None
                and _forward(first, int(m.group("day")), last, int(m.group("day2")))
                and not _UPDATED.search(folded[: m.start()])
                and not _UPDATE_AFTER.match(folded[m.end() :])
            ):
                return True
    return False


#: An event's days run forward, in their month or into a later one at most this many months on
#: ("Dec 3 – Jun 4", "may 3 - march 4" are no period: two dates of something else).
_MOST_MONTHS_APART = 3
#: "Updated: Dec 3 – Dec 4": a publication date and its update, not an event's days.
_FOLDED_UPDATE_WORDS = "|".join(re.escape(fold(w)) for w in UPDATE_WORDS)
_UPDATED = re.compile(rf"\b(?:{_FOLDED_UPDATE_WORDS})\W*$", re.I)
#: "Dec 3 – Dec 4 (updated)": the same, the word after the days.
_UPDATE_AFTER = re.compile(rf"\W*(?:{_FOLDED_UPDATE_WORDS})\b", re.I)


def _forward(first: int, day: int, last: int, day2: int) -> bool:
    """True when the second day follows the first, in its month or a few months on."""
    apart = (last - first) % 12
    return day2 > day if apart == 0 else apart <= _MOST_MONTHS_APART


def _month(word: str, lang: str | None) -> int | None:
    """The number of the month ``word`` names in the page's language, or None."""
    found = parse_date(f"1 {word} 2000", now=_PROBE_NOW, lang=lang)
    return found.month if found is not None else None
