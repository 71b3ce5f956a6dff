"""Times of day that the shared date reader misses on a teaser's date line: a German clock
written with a dot ("18.05 Uhr", as common as "18:05 Uhr"), and a clock written before its
day ("18:05 24/11/2026", "14.05 Uhr, 24.11.2026"), which the reader takes for a day alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time
from zoneinfo import ZoneInfo

from aggregator.parse._date_prose import date_only

#: "18.05 Uhr": a dot between hour and minute, told from a day and month ("23.11.") by "Uhr".
_DOT_CLOCK = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?:\.([0-5]\d))?(?=\s*uhr\b)", re.I)
#: A time of day opening the line, before its day: "18:05 24/11/2026", "um 18:05 Uhr, …".
_LEADING_CLOCK = re.compile(
    r"^\s*(?:um|at|à|a las|alle|om)?\s*(?P<hour>[01]?\d|2[0-3])\s*(?::|h)\s*(?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d))?\s*(?:uhr|h)?\s*[,•·|–-]?\s*(?=\S)",
    re.I,
)


def read_date(text: str, parse: Callable[[str], datetime | None], timezone: str) -> datetime | None:
    """``parse(text)``, with dot clocks read as clocks, and a clock before a day given to it."""
    text = _DOT_CLOCK.sub(lambda m: ":".join(filter(None, m.groups())), text)
    found = parse(text)
    m = _LEADING_CLOCK.match(text)
    if found is None or m is None:
        return found
    tz = ZoneInfo(timezone)
    day = found.astimezone(tz).date()
    if found != date_only(day, tz) or parse(text[m.end() :]) != found:
        return found  # the reader kept a time, or the clock was not the day's
    clock = time(int(m["hour"]), int(m["minute"]), int(m["second"] or 0))
    return datetime.combine(day, clock, tzinfo=tz).astimezone(found.tzinfo)


#: A time of day and nothing else: "16:01", "01:12", "4:48 pm", "18.05 Uhr".
_CLOCK_ALONE = re.compile(
    r"^\s*(?:[01]?\d|2[0-3])\s*[:.h]\s*[0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\.?|uhr|h)?\s*$", re.I
)


def clock_on_day(
    day: str, clock: str, parse: Callable[[str], datetime | None], timezone: str
) -> datetime | None:
    """The shown ``day`` at the time of day that ``clock`` states alone, as a tooltip gives a
    post's time over the day it shows (WordPress's Twenty Ten: ``<a title="16:01"><span
    class=entry-date>13. Januar 2014</span></a>``): the clock belongs to that day, not to
    today. The day alone when the two do not read as one date; None when ``clock`` is more
    than a time of day or ``day`` is not a day without a time ("3 hours ago")."""
    if not _CLOCK_ALONE.match(clock):
        return None
    shown = parse(day)
    if shown is None:
        return None
    tz = ZoneInfo(timezone)
    local = shown.astimezone(tz).date()
    if shown != date_only(local, tz):
        return None
    found = parse(f"{day} {clock}")
    return found if found is not None and found.astimezone(tz).date() == local else shown
