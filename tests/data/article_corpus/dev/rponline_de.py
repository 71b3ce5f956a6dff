"""The <h1> is the breadcrumb's last item (the <title>'s and JSON-LD's headline); the displayed headline is kicker 'Technologie im Klassenzimmer' over 'Künstliche Intelligenz in der Schule – „Sie werden schneller und erfolgreicher“' (og:title joins them). '21.04.2024 , 20:24 Uhr' (Berlin time) and 'Von Sina Zehrfeld Landespolitische Korrespondentin'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/RheinischePost_2024_04_21.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://rp-online.de/nrw/landespolitik/kuenstliche-intelligenz-in-der-schule-kinder-werden-schneller-und-erfolgreicher_aid-107992075"
timezone = "Europe/Berlin"
lang = "de"
title = "Künstliche Intelligenz in der Schule – „Sie werden schneller und erfolgreicher“"
also_titles = [
    "Technologie im Klassenzimmer: Künstliche Intelligenz in der Schule – „Sie werden schneller und erfolgreicher“"
]
published = datetime(2024, 4, 21, 18, 24, tzinfo=UTC)
authors = ["Sina Zehrfeld"]
