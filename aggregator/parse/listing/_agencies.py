"""Names of news wires and photo agencies, and a desk's one word, as listings print them beside
a picture ("Reuters", "© dpa", "AFP via Getty Images") or after a byline's slash ("By Jane
Doe / AP", "Von Anna Schmidt / dpa", "By Jane Doe / Staff"). Both readers that use them only
drop text with them (a thumbnail's credit beside the card's heading, a part of a byline that
is no co-author), so the list is short and closed: names that are nobody's given name or a
headline on their own.
"""

from __future__ import annotations

import re

from aggregator.parse._desk_words import DESK_WORDS
from aggregator.words import fold

#: Wire services and photo agencies, compared case folded: the world's and Europe's wires
#: (their short names as credits write them), and the stock and photo agencies that credit
#: a thumbnail. Kept short: it is a vocabulary, not a directory.
AGENCIES = frozenset(
    fold(name)
    for name in {
        "reuters",
        "ap",
        "associated press",
        "the associated press",
        "afp",
        "agence france-presse",
        "dpa",
    }
    | {"epa", "epa-efe", "efe", "ansa", "apa", "anp", "belga", "keystone", "keystone-sda", "sda"}
    | {"ntb", "tt", "ritzau", "lusa", "europa press", "pap", "ctk", "čtk", "mti", "tass", "ria novosti"}
    | {"xinhua", "kyodo", "jiji", "yonhap", "aap", "pti", "ians", "bernama", "antara", "anadolu"}
    | {"bloomberg", "upi", "pa", "pa wire", "pa images", "the canadian press", "kathpress"}
    | {"getty", "getty images", "imago", "imago images", "picture alliance", "picture-alliance"}
    | {"shutterstock", "istock", "istockphoto", "alamy", "unsplash", "pexels", "pixabay", "adobe stock"}
    | {"sipa", "sipa usa", "zuma", "zuma press", "nurphoto", "abaca", "dapd", "ddp", "action press"}
)
#: A desk's word that a byline writes where a name would stand ("By Jane Doe / Staff"), the
#: article's byline's too (parse/_desk_words.py), accents folded.
_FOLDED_DESK_WORDS = frozenset(fold(word) for word in DESK_WORDS)
#: What joins agencies in one credit: "AFP via Getty Images", "Reuters/dpa", "AP, Getty".
_JOINS = re.compile(r"\s*(?:/|,|&|\+|\|)\s*|\s+(?:via|and|und|et|y)\s+", re.I)


def is_agency(text: str) -> bool:
    """``text`` names one agency or several joined ("AFP via Getty Images", "dpa/picture
    alliance"), nothing else."""
    parts = [fold(" ".join(p.split())) for p in _JOINS.split(text.strip(" .()"))]
    return bool(parts) and all(p in AGENCIES for p in parts)


def is_desk_word(text: str) -> bool:
    """``text`` is a desk's word ("Staff", "Redaktion")."""
    return fold(text.strip(" .")) in _FOLDED_DESK_WORDS
