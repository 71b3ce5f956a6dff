"""Kicker 'LTE-Patent' in the <h1> before the headline: with or without it counts. 'Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tobias Költzsch' (Berlin time; JSON-LD writes 14:26:01Z, the local time marked UTC, and its headline has the site's name and an HTML entity).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/Golem_2024_04_28.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.golem.de/news/lte-patent-samsung-soll-wegen-patentklage-smartphones-zerstoeren-2404-184627.html"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Samsung soll wegen Patentklage Smartphones zerstören"
also_titles = ["LTE-Patent: Samsung soll wegen Patentklage Smartphones zerstören"]
published = datetime(2024, 4, 28, 12, 26, tzinfo=UTC)  # 2024-04-28 14:26 Europe/Berlin
authors = ["Tobias Költzsch"]
