"""A desk's one word, as bylines write it where a person's name would stand ("By Jane Doe /
Staff", "Michael Rädel, Redaktion", "Redaktion" alone): the words the article's byline
(parse/article_names.py) and a listing's (parse/listing/_agencies.py) both read, so that a
word one of them knows the other does too. Data only; each reader compares them its own way
(case folded, or with its accents folded too)."""

from __future__ import annotations

#: In the corpus's languages, lower case, accents as written.
DESK_WORDS = frozenset(
    {"staff", "redaktion", "newsroom", "desk", "editors", "rédaction", "redacción", "redazione", "redactie"}
    # Central and Eastern European pages' "Autor: Redakce" (the newsroom, no person).
    | {"redakce", "redakcia", "redakcja", "redacția", "redacţia", "редакция", "редакція"}
)
