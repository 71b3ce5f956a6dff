"""Periods written where a date could stand: "13. bis 19. Oktober", "du 13 au 19 octobre",
"Oct 13–19". A card showing one announces an event (a festival, an exhibition); the day it
ends is not the day the article was published, so such a text gives no date at all.
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
#: Any fixed day: the month word is tried on it, in the page's language.
_PROBE_NOW = datetime(2000, 12, 31, tzinfo=UTC)


def is_period(text: str, lang: str | None) -> bool:
    """True when ``text`` holds a period of days within one month (its month word read as a
    month in the page's language)."""
    folded = fold(" ".join(text.split()))
    for pattern in (_DAYS_THEN_MONTH, _MONTH_THEN_DAYS):
        for m in pattern.finditer(folded):
            if parse_date(f"1 {m.group('month')} 2000", now=_PROBE_NOW, lang=lang) is not None:
                return True
    return False
