"""Grazia: og:title (and a teaser <meta>) is another headline than the <h1>, 'Dank dieser Lebensmittel wachsen eure Haare viel schneller'. 'Von Isabella.DiBiase am Samstag, 19. Oktober 2019 um 11:14 Uhr' (Berlin time; article:published_time is given twice, once without a zone). The byline is a user's handle: authors not scored. htmldate's day 2019-10-19.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d73e0fa055834b2dbb2036ba27d46597.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.grazia-magazin.de/beauty/lange-haare-dank-dieser-lebensmittel-wachsen-sie-viel-schneller-43980.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Lange Haare: Dank dieser Lebensmittel wachsen sie viel schneller"
also_titles = ["Dank dieser Lebensmittel wachsen eure Haare viel schneller"]
published = datetime(2019, 10, 19, 9, 14, tzinfo=UTC)
