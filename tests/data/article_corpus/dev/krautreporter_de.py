"""'22.08.2024 Shany Littman' under the standfirst; the JSON-LD is wrapped in CDATA.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/Krautreporter_2024_08_22.html.gz (MIT).
"""

from datetime import date

url = "https://krautreporter.de/politik-und-macht/5481-ich-wollte-dass-sie-mich-mogen-so-uberlebt-man"
timezone = "Europe/Berlin"
lang = "de"
title = "„Ich wollte, dass sie mich mögen. So überlebt man.“"
published = date(2024, 8, 22)
authors = ["Shany Littman"]
