"""Days of the Solar Hijri calendar, as pages in Persian write them, rewritten as Gregorian.

Iran's and Afghanistan's sites date their posts in the Solar Hijri (Jalali) calendar: "6 مرداد
1405", "۲۲ آبان ۱۴۰۲", "1402/08/22" (WordPress with a Persian date plug-in, most Persian news
sites). dateparser does not read them unless asked for that calendar, and its reading of the
month names alone takes them for other months or none. On a page in Persian, a day written
with a Solar Hijri month's name and a year of four digits, or as year/month/day numbers whose
year is one of this calendar's (1300 to 1499), becomes that Gregorian day in ISO form
("2026-07-28"), which the readers after it know. Digits are Western by then (``_date_forms``).
A month's name with no day and year beside it ("مهر", also "kindness"; "دی") is left as it is.
"""

from __future__ import annotations

import re

#: The months of the Solar Hijri year, as Persian names them (with Arabic's letters too).
_MONTHS = {
    "فروردین": 1,
    "فروردين": 1,
    "اردیبهشت": 2,
    "ارديبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "تير": 4,
    "مرداد": 5,
    "امرداد": 5,
    "شهریور": 6,
    "شهريور": 6,
    "مهر": 7,
    "آبان": 8,
    "آذر": 9,
    "دی": 10,
    "دي": 10,
    "بهمن": 11,
    "اسفند": 12,
}
_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: "6 مرداد 1405", "22 آبان، 1402": day, month's name, year (13xx or 14xx).
_DAY_NAMED = re.compile(rf"(?<!\d)(?P<d>[0-3]?\d)\s*(?P<m>{_NAMES})\s*[,،]?\s*(?P<y>1[34]\d\d)(?!\d)")
#: "1402/08/22", "1402-8-22": year, month, day.
_DAY_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<y>1[34]\d\d)([/-])(?P<m>0?[1-9]|1[0-2])\2(?P<d>[0-3]?\d)(?![\d/.-])"
)


def rewrite_jalali(text: str) -> str:
    """``text`` with its Solar Hijri days written as the Gregorian days they are."""
    text = _DAY_NAMED.sub(lambda m: _iso(int(m["y"]), _MONTHS[m["m"]], int(m["d"])) or m[0], text)
    return _DAY_NUMERIC.sub(lambda m: _iso(int(m["y"]), int(m["m"]), int(m["d"])) or m[0], text)


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1 <= day <= (31 if month <= 6 else 30):
        return None
    gy, gm, gd = jalali_to_gregorian(year, month, day)
    return f"{gy:04d}-{gm:02d}-{gd:02d}"


def jalali_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of a Solar Hijri day, by the arithmetic of the
    33-year cycle that Iran's calendar follows from 1244 to 1473 (1865 to 2094)."""
    jy = year + 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    lengths = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    gd = days + 1
    gm = 1
    for length in lengths:
        if gd <= length:
            break
        gd -= length
        gm += 1
    return gy, gm, gd
