"""'Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/videos-2/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://next.liberation.fr/culture/2017/11/24/screenshot-vape-wave-6-days-alphonse-president_1612047"
timezone = "Europe/Paris"
lang = "fr"
title = "Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…"
published = datetime(2017, 11, 24, 17, 42, tzinfo=UTC)  # 2017-11-24 18:42 Europe/Paris
authors = ["Alexandre Hervaud", "Jérémy Piette"]
