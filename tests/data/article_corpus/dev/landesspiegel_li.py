"""Liechtenstein's Landesspiegel: og:title and <title> end in ' - Landesspiegel'. '27. Januar 2026 • Gregor Meier • 3 Minuten' (a day; no published date declared, only og:updated_time, and three <time> elements of that day at 07:14, 07:27 and 12:13).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/li/Landesspiegel_2026_01_27.html.gz (MIT).
"""

from datetime import date

url = (
    "https://landesspiegel.li/2026/01/eu-und-indien-besiegeln-groesstes-freihandelsabkommen-ihrer-geschichte/"
)
timezone = "Europe/Vaduz"
lang = "de"
title = "EU und Indien besiegeln grösstes Freihandelsabkommen ihrer Geschichte"
published = date(2026, 1, 27)
authors = ["Gregor Meier"]
