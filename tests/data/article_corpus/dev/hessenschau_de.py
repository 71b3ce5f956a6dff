"""Kicker 'Schnellere Integration' inside the <h1> before the headline (og:title joins them with a colon; the <title> adds ' | hessenschau.de | Wirtschaft'). 'Veröffentlicht am 27.04.24 um 07:39 Uhr' (Berlin time); the radio piece's day, 25.04.24, follows it. No byline under the headline ('Redaktion: Roman Warschauer und Marcel Sommer' at the foot, the editors): authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/Hessenschau_2024_04_27.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.hessenschau.de/wirtschaft/schnellere-integration-job-turbo-hilft-gefluechteten-auf-dem-arbeitsmarkt-v1,ukrainer-arbeitsmarkt-100.html"
timezone = "Europe/Berlin"
lang = "de"
title = '"Job-Turbo" hilft Geflüchteten auf dem Arbeitsmarkt'
also_titles = [
    'Schnellere Integration: "Job-Turbo" hilft Geflüchteten auf dem Arbeitsmarkt',
    'Schnellere Integration "Job-Turbo" hilft Geflüchteten auf dem Arbeitsmarkt',
]
published = datetime(2024, 4, 27, 5, 39, tzinfo=UTC)
