"""Dates as every locale writes them: CLDR's standard forms, by babel, read back by parse_date.

    python bench/date_forms.py [--misses]

For each locale of a split: three days in ``format_date`` short / medium / long / full and
``format_datetime`` short / medium (14:05 that day), and ages by ``format_timedelta(...,
add_direction=True)`` (5 minutes, 3 hours, 2 days ago), each read with ``parse_date(text,
lang=locale)`` and the locale's day order as the listing parser takes it. A form is right
when the day (and the time, when written) comes back; wrong when another date does (worse
than none: the entry is filed on the wrong day); missed when nothing does.

Prints one JSON line per split: {"bench": "date-forms", "split", "right", "wrong",
"missed", "total", "share"}; with --misses, one line per form of the DEV locales not read
right ({"bench": "date-forms-miss", "locale", "form", "text", "got"}). HELD-OUT locales are
never printed one by one and never tuned to: their total is the measure of what generalises.
Both lists were fixed before the first measurement (dev = the draft sweep's 39 locales).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from babel.dates import format_date, format_datetime, format_timedelta  # noqa: E402

from aggregator.parse._dates import parse_date  # noqa: E402
from aggregator.parse.listing import MONTH_FIRST_LOCALES  # noqa: E402

#: The locales the rules may be written against (the draft sweep's 39, issue 12).
DEV = (
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "pt_BR",
    "pt_PT",
    "nl_NL",
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "sv_SE",
    "da_DK",
    "nb_NO",
    "fi_FI",
    "tr_TR",
    "ru_RU",
    "uk_UA",
    "el_GR",
    "hu_HU",
    "ro_RO",
    "hr_HR",
    "sl_SI",
    "bg_BG",
    "ja_JP",
    "zh_CN",
    "zh_TW",
    "ko_KR",
    "id_ID",
    "vi_VN",
    "th_TH",
    "he_IL",
    "ar_EG",
    "ca_ES",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "ms_MY",
)
#: Locales no rule is written against: chosen before the first measurement, never printed
#: one by one. Regional variants of dev languages and languages absent from dev.
HELD_OUT = (
    "es_MX",
    "fr_CA",
    "de_AT",
    "de_CH",
    "it_CH",
    "nl_BE",
    "pt_AO",
    "en_AU",
    "en_IN",
    "en_CA",
    "sr_Latn",
    "sq_AL",
    "mk_MK",
    "be_BY",
    "kk_KZ",
    "az_AZ",
    "ka_GE",
    "hy_AM",
    "fa_IR",
    "hi_IN",
    "bn_BD",
    "ta_IN",
    "fil_PH",
    "sw_KE",
    "af_ZA",
    "is_IS",
    "ga_IE",
    "cy_GB",
    "eu_ES",
    "gl_ES",
)
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
DAYS = (date(2026, 11, 3), date(2026, 9, 24), date(2026, 2, 11))
AGES = (timedelta(minutes=5), timedelta(hours=3), timedelta(days=2))


@dataclass(frozen=True, slots=True)
class Form:
    locale: str
    #: "date-short", "datetime-medium", "age-3:00:00"...
    form: str
    text: str
    #: "right", "wrong" or "missed"
    verdict: str
    got: str | None


def forms(locale: str) -> Iterator[Form]:
    """Every form of ``locale``, read back and judged."""
    lang = locale.replace("_", "-")
    day_first = not lang.lower().startswith(MONTH_FIRST_LOCALES)

    def read(text: str) -> datetime | None:
        return parse_date(text, now=NOW, timezone="UTC", lang=lang, day_first=day_first)

    for day in DAYS:
        for width in ("short", "medium", "long", "full"):
            text = format_date(day, width, locale=locale)
            got = read(text)
            yield _judge(locale, f"date-{width}", text, got, got is not None and got.date() == day)
        when = datetime(day.year, day.month, day.day, 14, 5, tzinfo=UTC)
        for width in ("short", "medium"):
            text = format_datetime(when, width, locale=locale, tzinfo=ZoneInfo("UTC"))
            got = read(text)
            right = got is not None and got.replace(second=0) == when
            yield _judge(locale, f"datetime-{width}", text, got, right)
    for age in AGES:
        text = format_timedelta(-age, add_direction=True, locale=locale)
        got = read(text)
        if age >= timedelta(days=1):  # an age in days names a day
            right = got is not None and got.date() == (NOW - age).date()
        else:
            right = got is not None and abs(got - (NOW - age)) <= timedelta(minutes=1)
        yield _judge(locale, f"age-{age}", text, got, right)


def _judge(locale: str, form: str, text: str, got: datetime | None, right: bool) -> Form:
    verdict = "right" if right else "missed" if got is None else "wrong"
    return Form(locale, form, text, verdict, got and got.isoformat())


def measure(locales: tuple[str, ...]) -> tuple[dict[str, int], list[Form]]:
    """Counts of right, wrong and missed forms over ``locales``, and the forms not right."""
    counts = {"right": 0, "wrong": 0, "missed": 0, "total": 0}
    misses = []
    for locale in locales:
        for found in forms(locale):
            counts[found.verdict] += 1
            counts["total"] += 1
            if found.verdict != "right":
                misses.append(found)
    return counts, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the dev locales' forms not read right")
    args = parser.parse_args()
    for split, locales in (("dev", DEV), ("held-out", HELD_OUT)):
        counts, misses = measure(locales)
        share = round(counts["right"] / counts["total"], 3)
        print(json.dumps({"bench": "date-forms", "split": split, **counts, "share": share}), flush=True)
        if split == "dev" and args.misses:
            for miss in misses:
                print(json.dumps(_row(miss), ensure_ascii=False))


def _row(miss: Form) -> dict[str, str | None]:
    return {
        "bench": "date-forms-miss",
        "locale": miss.locale,
        "form": miss.form,
        "verdict": miss.verdict,
        "text": miss.text,
        "got": miss.got,
    }


if __name__ == "__main__":
    main()
