"""The words of dates, folded (``aggregator.words.fold``): month names and their
abbreviations in the languages the fast paths read (``_dates.py``), and the time-zone
abbreviations written after a time; and the pattern of a year, which the date readers of
articles and listings share. Data only, apart from the rules that read it."""

from __future__ import annotations

import re
from datetime import UTC, datetime

#: A year of ours written out ("2019", "in 1998,"), not part of a longer number ("120190").
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

#: A word that labels the date after it ("Posted 7/12", "Publicado el 7/12", "Veröffentlicht am
#: 7.12."): what is published, updated or added, and the word for "on" that comes between.
DATE_LABEL = re.compile(
    r"posted|published|updated|modified|edited|created|added|dated|date|on|released|uploaded|submitted"
    r"|publié|publiée|posté|postée|modifié|modifiée|actualisé|actualisée|jour|le|du|créé|ajouté"
    r"|veröffentlicht|aktualisiert|geändert|erstellt|publiziert|am|vom|datum|stand"
    r"|publicad[oa]|actualizad[oa]|modificad[oa]|el|del|fecha|atualizad[oa]|postad[oa]|em|data"
    r"|pubblicat[oa]|aggiornat[oa]|inserit[oa]|il|gepubliceerd|geplaatst|bijgewerkt|gewijzigd|op"
    r"|publicerad|publicerat|uppdaterad|uppdaterat|publiceret|opdateret|publisert|oppdatert|den"
    r"|julkaistu|päivitetty|opublikowano|zaktualizowano|dodano|aktualizacja|dnia|publikováno"
    r"|aktualizováno|dne|publicat|actualizat|din|pe|опубликовано|обновлено|добавлено|дата|от"
    r"|опубліковано|оновлено|додано|yayınlandı|güncellendi|tarihi|diterbitkan|diperbarui|tanggal"
    r"|update|actualización|atualização|aggiornamento|aktualisierung",
    re.I,
)
#: A word that may follow a date's day and month: the "at" before its time ("7/12 at 3pm",
#: "7.12. um 14 Uhr"), a clock's "h" or "Uhr", the "by" before its author.
AFTER_DATE = re.compile(
    r"at|um|à|a|alle|às|om|kl|klo|kello|o|в|h|uhr|by|par|von|por|di|door|av|af|przez", re.I
)

#: Month names and abbreviations, folded: month number.
MONTHS = {
    # French (accents folded by fold())
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "mar": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "aou": 8,  # phpBB's French pack: "Mar 28 Aoû 2012 21:27"
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
    # English
    "january": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}


#: Zone abbreviations written after a time, each with the zone it names (those whose meaning
#: is not in doubt: "IST" or "CST" outside North America are not read). "ET", "PT"… follow
#: daylight saving time; "EST", "PDT"… are the zone's standard or summer offset.
ZONE_ABBREVIATIONS = {
    "utc": "UTC",
    "gmt": "Etc/GMT",
    "et": "America/New_York",
    "est": "Etc/GMT+5",
    "edt": "Etc/GMT+4",
    "ct": "America/Chicago",
    "cdt": "Etc/GMT+5",
    "mt": "America/Denver",
    "mst": "Etc/GMT+7",
    "mdt": "Etc/GMT+6",
    "pt": "America/Los_Angeles",
    "pst": "Etc/GMT+8",
    "pdt": "Etc/GMT+7",
    "bst": "Etc/GMT-1",
    "cet": "Etc/GMT-1",
    "cest": "Etc/GMT-2",
    "mez": "Etc/GMT-1",
    "mesz": "Etc/GMT-2",
    "aest": "Etc/GMT-10",
    "aedt": "Etc/GMT-11",
    "jst": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "msk": "Europe/Moscow",
    "мск": "Europe/Moscow",
}


#: The units of an age ("3 hours ago", "il y a 2 jours", "5m ago"), folded and without a
#: plural s: their seconds (a month is 30 days, a year 365).
AGE_UNITS = {
    "s": 1,
    "sec": 1,
    "second": 1,
    "seconde": 1,
    "m": 60,
    "min": 60,
    "mn": 60,
    "minute": 60,
    "h": 3600,
    "hr": 3600,
    "hour": 3600,
    "heure": 3600,
    "j": 86400,
    "day": 86400,
    "jour": 86400,
    "week": 604800,
    "semaine": 604800,
    "moi": 2592000,
    "month": 2592000,
    "mois": 2592000,
    "d": 86400,
    "w": 604800,
    "wk": 604800,
    "mo": 2592000,
    "y": 31536000,
    "yr": 31536000,
    "year": 31536000,
}


#: A slashed date whose year has two digits, a time of day after it ("10/16/12 at 1:13 PM",
#: "01/10/10 06:13 AM"): the year the date reader would misread (as a day or a month).
_SHORT_YEAR = re.compile(r"(?<![\d/.])(\d{1,2}/\d{1,2}/)(\d\d)(?![\d/.])(?=\D{0,5}\d{1,2}:\d\d)")


#: A dotted day, month and two-digit year ("25.10.16", "5.3.21"), not part of a longer run of
#: numbers and dots (a version's "1.10.16.2", an address's "192.168.1.10").
_SHORT_DOTTED = re.compile(r"(?<![\d.])((?:0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.)(\d\d)(?!\d|\.\d)")
#: The word just before a date, for the label that says it is one ("Publicação em 25.10.16").
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s:：,]{0,3}$")
#: A time of day right after a date ("25.10.16 14:05", "25.10.16, 9h30").
_CLOCK_AFTER = re.compile(r"^\D{0,5}\d{1,2}[:h]\d\d")


def full_year(text: str, this_year: int | None = None) -> str:
    """``text`` with a slashed date's two-digit year written whole: "10/16/12 1:13 PM" ->
    "10/16/2012 1:13 PM"; likewise a dotted day-month-year date's ("Publicação em 25.10.16"),
    where a date label ends the text before it ("em", "am", "Veröffentlicht") or a time of day
    follows it, its day and month written with two digits unless a time follows (a version
    ("Version 1.10.16") or a score ("3.1.16") has neither). The 2000s up to ``this_year``
    (default: the current one), else the 1900s: a page is not dated in the future ("10/16/68"
    is 1968, where ``%y`` reads 2068)."""
    year = this_year or datetime.now(UTC).year

    def century(short: str) -> str:
        return f"{'20' if 2000 + int(short) <= year else '19'}{short}"

    def dotted(m: re.Match[str]) -> str:
        timed = bool(_CLOCK_AFTER.match(m.string[m.end() :]))
        word = _WORD_BEFORE.search(m.string[: m.start()])
        labelled = bool(word and DATE_LABEL.fullmatch(word.group(1)))
        padded = len(m[1]) == 6  # "25.10." : two digits each
        return f"{m[1]}{century(m[3])}" if timed or (labelled and padded) else m[0]

    text = _SHORT_YEAR.sub(lambda m: f"{m[1]}{century(m[2])}", text)
    return _SHORT_DOTTED.sub(dotted, text)
