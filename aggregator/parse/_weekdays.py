"""A date line that is a day of the week alone, maybe with a time: "Thursday", "Thu 10:15",
"lundi à 18h05", "Donnerstag, 14:05 Uhr", "ayer" aside. Lists of recent entries write the
past week's days so. The day is the most recent such weekday that is not in the future:
today when the time (if any) has passed, else the same day a week ago. Whole text only: "On
Monday the council met" is a sentence, not a date line. Text is folded (``aggregator.words.fold``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

#: Weekday names and their common abbreviations, folded, in the corpus's languages: Monday=0.
WEEKDAYS = {
    **dict.fromkeys(("monday", "mon", "lundi", "lun", "montag", "mo", "lunes", "lunedi", "segunda"), 0),
    **dict.fromkeys(("tuesday", "tue", "tues", "mardi", "dienstag", "di", "martes", "martedi", "terca"), 1),
    **dict.fromkeys(
        ("wednesday", "wed", "mercredi", "mer", "mittwoch", "mi", "miercoles", "mercoledi", "quarta"), 2
    ),
    **dict.fromkeys(
        (
            "thursday",
            "thu",
            "thur",
            "thurs",
            "jeudi",
            "jeu",
            "donnerstag",
            "do",
            "jueves",
            "giovedi",
            "quinta",
        ),
        3,
    ),
    **dict.fromkeys(
        (
            "friday",
            "fri",
            "vendredi",
            "ven",
            "freitag",
            "fr",
            "viernes",
            "venerdi",
            "sexta",
        ),
        4,
    ),
    **dict.fromkeys(
        (
            "saturday",
            "sat",
            "samedi",
            "sam",
            "samstag",
            "sonnabend",
            "sa",
            "sabado",
            "sabato",
        ),
        5,
    ),
    **dict.fromkeys(("sunday", "sun", "dimanche", "dim", "sonntag", "so", "domingo", "domenica"), 6),
}
_WEEKDAY_LINE = re.compile(
    r"^(?P<day>[a-z]+)(?:-feira)?\.?\s*(?:,|at|a|à|um|alle|a las)?\s*"
    r"(?:(?P<hour>[01]?\d|2[0-3])\s*(?::|h|\.)\s*(?P<minute>[0-5]\d)?\s*"
    r"(?P<ampm>am|pm|a\.m\.|p\.m\.)?\s*(?:uhr|h)?)?$"
)


def weekday_date(folded: str, local_now: datetime) -> tuple[date, time | None] | None:
    """(day, time of day or None) when ``folded`` is a weekday alone or with a time."""
    m = _WEEKDAY_LINE.match(folded.strip(" .!"))
    if not m or m.group("day") not in WEEKDAYS:
        return None
    # An abbreviation alone is a word or a label too often ("Mer", the sea; "Sun", a paper):
    # without a time, only a whole name counts.
    if len(m.group("day")) < 5 and m.group("hour") is None:
        return None
    clock = None
    if m.group("hour") is not None:
        hour = int(m.group("hour"))
        ampm = (m.group("ampm") or "").replace(".", "")
        if ampm:
            if hour > 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        clock = time(hour, int(m.group("minute") or 0))
    back = (local_now.weekday() - WEEKDAYS[m.group("day")]) % 7
    if back == 0 and clock is not None and clock > local_now.time():
        back = 7
    return local_now.date() - timedelta(days=back), clock
