""" "Just now" in any language ("только что", "щойно", "방금 전", "刚刚", "たった今", "à l'instant",
"gerade eben", "az önce", "przed chwilą"): the age a news front or a board shows on a post
published a minute ago, which no date pattern reads (it holds no digit, no month, no day).

Such a word is a date only where it is all a date element says: a ``<time>``, or the card's
date slot (``listing._fields``); anywhere else "now" is an order ("Buy now", "Jetzt
abonnieren"), so ``parse_date`` does not read these words in running text. The words are
dateparser's own where its locales have them (its "0 second ago" words: "сейчас", "刚刚",
"právě teď", "baru saja"), and this table's for the phrases its locales leave out.
"""

from __future__ import annotations

import re
from functools import cache

from dateparser.languages.loader import default_loader

from aggregator.words import fold

#: "Just now" phrases that dateparser's locales lack, by language (folded as ``fold`` folds).
JUST_NOW: dict[str, tuple[str, ...]] = {
    "en": ("just now", "right now", "moments ago", "a moment ago"),
    "ru": ("только что", "только сейчас"),
    "uk": ("щойно", "тільки що"),
    "be": ("толькі што",),
    "bg": ("току-що",),
    "ko": ("방금 전", "방금"),
    "zh": ("刚刚", "剛剛", "刚才", "剛才"),
    "ja": ("たった今", "今さっき", "さっき"),
    "fr": ("a l'instant", "a l'instant meme", "il y a un instant"),
    "de": ("gerade eben", "soeben"),
    "es": ("ahora mismo", "justo ahora", "hace un momento", "hace instantes"),
    "pt": ("agora mesmo", "agora ha pouco", "ha instantes", "neste momento"),
    "it": ("proprio ora", "poco fa"),
    "nl": ("zojuist", "juist nu"),
    "sv": ("just nu", "alldeles nyss", "nyss"),
    "da": ("lige nu",),
    "nb": ("akkurat na", "na nettopp"),
    "fi": ("juuri nyt",),
    "tr": ("az once", "simdi", "demin"),
    "pl": ("przed chwila", "teraz"),
    "cs": ("prave ted", "pred chvili"),
    "hu": ("az imenti", "imenti", "eppen most"),
    "ro": ("chiar acum", "acum cateva momente"),
    "el": ("μολις τωρα", "μολις"),
    "vi": ("vua xong", "vua moi"),
    "id": ("baru saja", "barusan"),
    "ar": ("منذ لحظات", "الآن"),
    "fa": ("همین الان", "لحظاتی پیش"),
    "he": ("ממש עכשיו", "הרגע"),
    "th": ("เมื่อสักครู่", "เมื่อครู่"),
}

#: What may stand around the words: punctuation and spaces ("Just now!", "(только что)").
_EDGES = " \t\r\n.!·•()[]"

#: Longest text read as "just now": a date slot's words, not a line.
_MAX_CHARS = 40


def just_now(text: str | None, lang: str | None = None) -> bool:
    """True when ``text``, all of it, says "just now" in ``lang`` (the page's language, "ru",
    "pt-BR") or, for phrases this module lists, in any language; dateparser's words for
    "now" count in ``lang`` only ("most" is Hungarian for now, English for most)."""
    if not text or len(text) > _MAX_CHARS:
        return False
    folded = fold(" ".join(text.split())).strip(_EDGES).replace("’", "'")
    return bool(folded) and (folded in _any_language() or folded in _of_language(_base(lang)))


def _base(lang: str | None) -> str:
    return re.split(r"[-_]", (lang or "").strip().lower())[0]


@cache
def _any_language() -> frozenset[str]:
    """The phrases of the table, in every language: none is a word of another's running text."""
    return frozenset(_folded(p) for phrases in JUST_NOW.values() for p in phrases if " " in p or len(p) > 4)


@cache
def _of_language(base: str) -> frozenset[str]:
    """The table's words for ``base`` and dateparser's "0 second ago" words ("now", "сейчас")."""
    words = {_folded(p) for p in JUST_NOW.get(base, ())}
    if base:
        try:
            info = default_loader.get_locale(base).info
        except ValueError:
            return frozenset(words)
        words.update(_folded(w) for w in info.get("relative-type", {}).get("0 second ago", []))
    return frozenset(words)


def _folded(phrase: str) -> str:
    return fold(phrase).replace("’", "'")
