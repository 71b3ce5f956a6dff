"""'07. November 2023 - 10:38 Uhr', 'Maximilian Koch'. The JSON-LD and og:title write the quotation in single quotes (the same headline: counted too); the <title> is a search headline.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/abendzeitung-muenchen.de-FC-Bayern-Trainer.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.abendzeitung-muenchen.de/sport/fcbayern/fc-bayern-legende-paulo-sergio-stellt-sich-vor-tuchel-macht-einen-guten-job-die-spieler-stehen-hinter-ihm-art-938775"
timezone = "Europe/Berlin"
lang = "de"
title = 'FC-Bayern-Legende Paulo Sergio stellt sich vor Tuchel: "Macht einen guten Job, die Spieler stehen hinter ihm"'
also_titles = [
    "FC-Bayern-Legende Paulo Sergio stellt sich vor Tuchel: 'Macht einen guten Job, die Spieler stehen hinter ihm'"
]
published = datetime(2023, 11, 7, 9, 38, tzinfo=UTC)
authors = ["Maximilian Koch"]
