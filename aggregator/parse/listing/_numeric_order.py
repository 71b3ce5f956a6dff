"""The order a page writes its numeric dates in, told by the dates that read only one way.

"12/04/2026" is 12 April in Spain and December 4 in the United States, and the page's language
is the usual guide. But a page keeps one order for all its dates, and it is not always its
language's: Drupal's default "medium" format is "D, m/d/Y - H:i" on sites in every language,
and an English page may be written in Britain. A date with a number above 12 reads one way only
("11/27/2026" is month first, "27/11/2026" day first); when the page's unambiguous dates all
agree, that order is the page's, and its ambiguous dates are read in it. Dates with a two-digit
year ("05.19.15", "11/24/26", padded as such dates are) count when those with four digits
settle nothing: a press page dating every item "05.12.15" and "05.18.15" writes the month
first throughout.
"""

from __future__ import annotations

import re
from typing import Any

#: A numeric date with a four-digit year: "11/27/2026", "27.11.2026", "05/11/2026", and with
#: hyphens as forum software prints them ("09-08-2004", "29-04-2009"); one separator per date.
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])([0-3]?\d)([/.-])([0-3]?\d)\2(?:19|20)\d\d(?![\d/.-])")
#: The same with a two-digit year, day and month written in two digits too ("05.19.15",
#: "11/24/26"); not a longer run of numbers (a version "1.12.15.2" or "v2.14.15", an address
#: "10.13.20.1"), nor one unpadded: a release "Go 1.21.13" or a team's record "5-14-11"
#: would read as month first.
_SHORT_YEAR_DATE = re.compile(r"(?<![\w/.-])([0-3]\d)([/.-])([0-3]\d)\2\d\d(?![\d/.-]*\d)")
#: Text read from the page for the count: its first characters are plenty.
_MAX_CHARS = 200_000


#: Languages whose dates run year, month, day ("2017/7/12", "2017年7月12日", "2017. 7. 12."):
#: a date without its year keeps the month first ("7/12" is July 12).
YEAR_FIRST_LANGUAGES = ("zh", "ja", "ko")
#: Regions whose Chinese writes the day first, as the British did (CLDR's "d/M/y" of zh-HK,
#: zh-MO, zh-SG): Hong Kong's "5/7/2026" is 5 July.
_DAY_FIRST_REGIONS = frozenset({"hk", "mo", "sg"})
#: Han, kana and Hangul: the scripts of those languages.
_CJK_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def language_month_first(doc: Any, lang: str) -> bool:
    """True when the page's language writes the month before the day in a numeric date
    without its year: a year-first language, declared (not Chinese of Hong Kong, Macau or
    Singapore), or read in the page's <title> when the page declares none (a bulletin board's
    "看板 Beauty 文章列表" over rows dated "7/12"): more characters of those scripts than words
    in Latin letters ("Kyoto 京都 travel diary" is an English title)."""
    if lang:
        parts = lang.lower().replace("_", "-").split("-")
        return parts[0] in YEAR_FIRST_LANGUAGES and not _DAY_FIRST_REGIONS & set(parts[1:])
    title = doc.find(".//title")
    text = title.text_content() if title is not None else ""
    return len(_CJK_SCRIPT.findall(text or "")) > len(_LATIN_WORD.findall(text or ""))


def page_day_first(doc: Any, default: bool) -> bool:
    """True when the page writes the day first: what its unambiguous numeric dates say when
    they agree (at least one date above 12 in one place and none in the other), those with a
    four-digit year first, then those with two; else ``default`` (the page's language's
    order)."""
    body = doc.find("body")
    if body is None:
        return default
    text = body.text_content()[:_MAX_CHARS]
    for form in (_NUMERIC_DATE, _SHORT_YEAR_DATE):
        if (settled := _settled(form, text)) is not None:
            return settled
    return default


def _settled(form: re.Pattern[str], text: str) -> bool | None:
    """True (day first) or False (month first) when the dates of ``form`` in ``text`` that
    read one way only all read the same way; None when none does or they disagree."""
    day_first = month_first = 0
    for m in form.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b >= 1:
            day_first += 1
        elif b > 12 >= a >= 1:
            month_first += 1
    if day_first and not month_first:
        return True
    if month_first and not day_first:
        return False
    return None
