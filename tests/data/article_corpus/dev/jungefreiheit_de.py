"""Kicker 'Özil, Salut und Kreuzketten' above the <h1>; the <title> ends in ' – JUNGE FREIHEIT'. 'Kommentar 19. Oktober 2019 Boris T. Kaiser' (a day; the <time>'s datetime holds 14:37+02:00, and <li itemprop=datePublished> the day in words). htmldate's day 2019-10-19.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/0b66696af800472190a76b26faa845d4.html (Apache-2.0).
"""

from datetime import date

url = "https://jungefreiheit.de/debatte/kommentar/2019/kaisers-royaler-wochenrueckblick-31/"
timezone = "Europe/Berlin"
lang = "de"
title = "Kaisers royaler Wochenrückblick"
also_titles = ["Özil, Salut und Kreuzketten: Kaisers royaler Wochenrückblick"]
published = date(2019, 10, 19)
authors = ["Boris T. Kaiser"]
