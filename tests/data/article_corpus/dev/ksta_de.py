"""The headline shown is the <h2 class="dm_article_headline"> with its kicker ('Pflaster-Desaster: Gladbacher Fußgängerzone in schlechtem Zustand', og:title too); the <h1> is the last item of the breadcrumb and holds the search engines' headline (the JSON-LD's and the <title>'s). 'Von Claus Boelen-Theile 19.10.19, 08:00 Uhr'; the JSON-LD also names a photographer as a bare author string.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/0b5db24739704283849ca3ed20ce09d4.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.ksta.de/region/rhein-berg-oberberg/bergisch-gladbach/pflaster-desaster-gladbacher-fussgaengerzone-in-schlechtem-zustand-33335514"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Gladbacher Fußgängerzone in schlechtem Zustand"
also_titles = ["Pflaster-Desaster: Gladbacher Fußgängerzone in schlechtem Zustand"]
published = datetime(2019, 10, 19, 6, 0, tzinfo=UTC)
authors = ["Claus Boelen-Theile"]
