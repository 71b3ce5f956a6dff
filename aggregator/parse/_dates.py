"""Dates as news sites write them, in French and English, to aware UTC datetimes.

Handles machine dates ("2026-01-21T17:32:00+01:00", "2026-01-21"), prose dates ("Publié le
21 janvier 2026 à 17h32", "lundi 19 janvier", "1er déc. 2025", "Jan 5, 2026", "5 January
2026, 5:32 pm"), numeric dates ("21/01/2026", "21.01.2026") and relative ones ("il y a 3
heures", "hier à 18h30", "3 hours ago", "yesterday"). A date written without an offset is
read in the source's time zone. A date without a year takes the most recent year that does
not put it in the future. Pure: ``now`` is an argument.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from aggregator.tag import fold

#: A date this far ahead of ``now`` is not "the most recent plausible year".
FUTURE_SLACK = timedelta(days=2)

MONTHS = {
    # French (accents folded by fold())
    "janvier": 1, "janv": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "mar": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
    # English
    "january": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "october": 10, "november": 11, "december": 12,
}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "17h32", "17 h 32", "17:32", "17h", "5:32 pm", "5 pm"
_TIME = (r"(?:(?:a|at|,|-|–)\s*)?(?P<hour>[0-2]?\d)\s*(?:h|:)\s*(?P<minute>[0-5]\d)?"
         r"(?::(?P<second>[0-5]\d))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?"
         r"|(?:(?:a|at|,)\s*)?(?P<hour2>1[0-2]|0?[1-9])\s*(?P<ampm2>am|pm)")

_DAY_MONTH_YEAR = re.compile(rf"(?<!\d){_DAY}\s+{_MONTH}(?:\s+{_YEAR})?(?:\s*,?\s*(?:{_TIME}))?(?![a-z])")
_MONTH_DAY_YEAR = re.compile(rf"(?<![a-z]){_MONTH}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}(?:\s*,?\s*(?:{_TIME}))?")
_MONTH_DAY = re.compile(rf"(?<![a-z]){_MONTH}\s+{_DAY}(?!\d)(?:\s*,?\s*(?:{_TIME}))?")
_NUMERIC = re.compile(rf"(?<![\d/.-])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.]{_YEAR}(?![\d/.])"
                      rf"(?:\s*,?\s*(?:{_TIME}))?")
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
                  r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d+)?)?"
                  r"\s*(?P<tz>Z|[+-][0-2]\d:?[0-5]\d)?)?(?!\d)", re.I)
# "il y a 3 heures", "il y a une heure", "3 hours ago", "an hour ago", "3h ago". A word count
# needs a space before its unit: "ans" (years) is not "an" + "s".
_AGO = re.compile(r"(?P<before>il y a\s+)?(?:(?P<n>\d+)\s*|(?P<w>une?|an?)\s+)"
                  r"(?P<unit>secondes?|seconds?|sec|s|minutes?|mins?|mn|heures?|hours?|hrs?|h|"
                  r"jours?|days?|j|semaines?|weeks?|mois|months?)\b\s*(?P<ago>ago)?")
_RELATIVE_DAY = re.compile(r"\b(?P<word>aujourd'hui|aujourdhui|today|hier|yesterday|avant-hier)\b"
                           rf"(?:\s*,?\s*(?:{_TIME}))?")
_UNITS = {"s": 1, "sec": 1, "second": 1, "seconde": 1, "m": 60, "min": 60, "mn": 60,
          "minute": 60, "h": 3600, "hr": 3600, "hour": 3600, "heure": 3600, "j": 86400,
          "day": 86400, "jour": 86400, "week": 604800, "semaine": 604800, "moi": 2592000,
          "month": 2592000, "mois": 2592000}


def parse_date(text: str | None, *, now: datetime, timezone: str = "UTC",
               day_first: bool = True) -> datetime | None:
    """The first date found in ``text``, as aware UTC; None when there is none.

    Args:
        now: the current time (aware), for relative dates and years left out.
        timezone: IANA zone for dates written without an offset.
        day_first: read "01/02/2026" as 1 February (French) rather than January 2 (US).
    """
    if not text:
        return None
    tz = ZoneInfo(timezone)
    folded = fold(" ".join(text.split()))[:400].replace("’", "'")
    local_now = now.astimezone(tz)

    m = _ISO.search(folded)
    if m:
        return _from_iso(m, tz)
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        m = pattern.search(folded)
        if m and (m.group("year") or pattern is _DAY_MONTH_YEAR):
            found = _build(m, MONTHS[m.group("month")], m.group("year"), tz, local_now)
            if found:
                return found
    m = _NUMERIC.search(folded)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if day_first or b > 12 else (b, a)
        if a > 12 and not day_first:
            day, month = a, b
        found = _build(m, month, m.group("year"), tz, local_now, day=day)
        if found:
            return found
    m = _MONTH_DAY.search(folded)
    if m:
        found = _build(m, MONTHS[m.group("month")], None, tz, local_now)
        if found:
            return found
    m = _RELATIVE_DAY.search(folded)
    if m:
        back = {"hier": 1, "yesterday": 1, "avant-hier": 2}.get(m.group("word"), 0)
        day_ = local_now.date() - timedelta(days=back)
        clock = _clock(m)
        if clock is None:
            return _localize(datetime.combine(day_, time(0, 0)), tz) if back else now.astimezone(UTC)
        return _localize(datetime.combine(day_, clock), tz)
    m = _AGO.search(folded)
    if m and (m.group("ago") or m.group("before")):
        count = int(m.group("n")) if m.group("n") else 1
        unit = m.group("unit").rstrip("s") or "s"
        seconds = _UNITS.get(unit, _UNITS.get(m.group("unit")))
        if seconds is not None:
            return (now - timedelta(seconds=count * seconds)).astimezone(UTC)
    return None


def _from_iso(m: re.Match[str], tz: ZoneInfo) -> datetime | None:
    try:
        when = datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0),
                        int(m["M"] or 0), int(m["S"] or 0))
    except ValueError:
        return None
    offset = m["tz"]
    if offset:
        if offset.upper() == "Z":
            return when.replace(tzinfo=UTC)
        sign = 1 if offset[0] == "+" else -1
        digits = offset[1:].replace(":", "")
        delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return (when - sign * delta).replace(tzinfo=UTC)
    return _localize(when, tz)


def _build(m: re.Match[str], month: int, year: str | None, tz: ZoneInfo,
           local_now: datetime, day: int | None = None) -> datetime | None:
    day = int(m.group("day")) if day is None else day
    clock = _clock(m) or time(0, 0)
    if year:
        try:
            return _localize(datetime.combine(date(int(year), month, day), clock), tz)
        except ValueError:
            return None
    # No year: the most recent year that does not put the date in the future.
    for y in (local_now.year, local_now.year - 1):
        try:
            candidate = datetime.combine(date(y, month, day), clock)
        except ValueError:  # 29 February
            continue
        localized = _localize(candidate, tz)
        if localized <= local_now.astimezone(UTC) + FUTURE_SLACK:
            return localized
    return None


def _clock(m: re.Match[str]) -> time | None:
    groups = m.groupdict()
    hour, ampm = groups.get("hour"), groups.get("ampm")
    minute, second = groups.get("minute"), groups.get("second")
    if hour is None and groups.get("hour2"):
        hour, ampm = groups["hour2"], groups.get("ampm2")
    if hour is None:
        return None
    h = int(hour)
    if ampm:
        ampm = ampm.replace(".", "")
        h = h % 12 + (12 if ampm == "pm" else 0)
    if h > 23:
        return None
    return time(h, int(minute or 0), int(second or 0))


def _localize(naive: datetime, tz: ZoneInfo) -> datetime:
    return naive.replace(tzinfo=tz).astimezone(UTC)
