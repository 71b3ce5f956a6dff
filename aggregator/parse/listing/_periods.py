"""Periods written where a date could stand: "13. bis 19. Oktober", "du 13 au 19 octobre",
"Oct 13–19", "24 апреля — 27 апреля, 2012", "Mar 30 – Apr 2". A card showing one announces an
event (a festival, an exhibition); the day it ends is not the day the article was published,
so such a text gives no date at all.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from aggregator.parse._dates import parse_date
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
    rf"(?<!\d)(?:[0-3]?\d)\.?\s+(?:de\s+)?(?P<month>[^\W\d_]{{3,}})\.?(?:,?\s+\d{{4}})?,?\s*{_TO}\s*"
    rf"(?:[0-3]?\d)\.?\s+(?:de\s+)?(?P<month2>[^\W\d_]{{3,}})",
    re.I,
)
#: "Mar 30 – Apr 2", "March 30, 2012 to April 2, 2012".
_MONTH_DAY_TO_MONTH_DAY = re.compile(
    rf"(?P<month>[^\W\d_]{{3,}})\.?\s+(?:[0-3]?\d)(?:,?\s+\d{{4}})?,?\s*{_TO}\s*"
    rf"(?P<month2>[^\W\d_]{{3,}})\.?\s+(?:[0-3]?\d)(?!\d)",
    re.I,
)
#: Any fixed day: the month word is tried on it, in the page's language.
_PROBE_NOW = datetime(2000, 12, 31, tzinfo=UTC)


def is_period(text: str, lang: str | None) -> bool:
    """True when ``text`` holds a period of days, within one month or from a day of one month
    to a day of another (each month word read as a month in the page's language)."""
    folded = fold(" ".join(text.split()))
    for pattern in (_DAYS_THEN_MONTH, _MONTH_THEN_DAYS, _DAY_MONTH_TO_DAY_MONTH, _MONTH_DAY_TO_MONTH_DAY):
        for m in pattern.finditer(folded):
            months = [m.group("month"), *(m.groupdict().get("month2") or "").split()]
            if all(_is_month(word, lang) for word in months):
                return True
    return False


def _is_month(word: str, lang: str | None) -> bool:
    return parse_date(f"1 {word} 2000", now=_PROBE_NOW, lang=lang) is not None
