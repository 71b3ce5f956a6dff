"""Mallorca Zeitung: under the headline and its standfirst the photograph's caption ends in its credit ('… in La Soledat / Lorenzo Marina'), then the byline 'Lorenzo Marina' (a link to the author's page) and '12. MÄR 2025 18:03' (Madrid time; the month in capitals, abbreviated); the JSON-LD's author is an empty string.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/es/MallorcaZeitung_2025_04_16.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.mallorcazeitung.es/aktuelles/2025/03/12/zweite-drogenrazzia-in-palma-innerhalb-48-stunden-115221903.html"
timezone = "Europe/Madrid"
lang = "de"
title = "Nur 50 Meter von einer Schule entfernt: Zweite Drogenrazzia in Palma innerhalb von 48 Stunden"
published = datetime(2025, 3, 12, 17, 3, tzinfo=UTC)
authors = ["Lorenzo Marina"]
