"""'André Schmidt 30. Juni 2025, 15:59 Uhr' (Vienna time; article:published_time says 15:59 UTC, the local time marked UTC); og:title and the <title> are the social headline; related stories' cards below hold their own <h1>s and bylines ('von Petra Lerchbaumer').

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/at/KleineZeitung_2025_06_30.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.kleinezeitung.at/kaernten/osttirol/19852382/osttiroler-kinder-und-senioren-erlebten-ruhigen-aber-heissen-montag"
timezone = "Europe/Vienna"
lang = "de"
title = "Nur ein Drittel der Kinder kam am Montag in die Schule"
also_titles = [
    "Notbetrieb und Notfallplan: Osttiroler Kinder und Senioren erlebten ruhigen, aber heißen Montag"
]
published = datetime(2025, 6, 30, 13, 59, tzinfo=UTC)  # 2025-06-30 15:59 Europe/Vienna
authors = ["André Schmidt"]
