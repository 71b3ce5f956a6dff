"""Kicker 'Tony's Schokolade' in the `<h1>` before the headline: with or without it counts (og:title and JSON-LD have both). 'Von Laura Sophia Jung' under the standfirst; '2. Juli 2023, 17:01 Uhr' (Berlin time) under the headline.

Page: audriga/html2jsonld-php @ 2c57b704803c1930bfb40b32c0fab997dd61cf46 : tests/resources/mixed-jsonld-microdata.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.zeit.de/zeit-magazin/2023-06/schokolade-tonys-tafel-genuss"
timezone = "Europe/Berlin"
lang = "de"
title = "Süßer geht's nicht"
also_titles = ["Tony's Schokolade: Süßer geht's nicht"]
published = datetime(2023, 7, 2, 15, 1, tzinfo=UTC)  # 2023-07-02 17:01 Europe/Berlin
authors = ["Laura Sophia Jung"]
