"""Kicker 'Minderheit in Syrien' in the <h1> before the headline: with or without it counts. 'Autor: Monika Bolliger und Anna Trechsel, Sweidah' (two names and the place they write from) and '05.01.2025, 15:23' (Zurich time); an embedded video's microdata declares 2024-12-18.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/ch/SRF_2025_01_05.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.srf.ch/news/international/nahost/minderheit-in-syrien-drusen-fordern-teilhabe-statt-schutzgarantien-von-neuer-regierung"
timezone = "Europe/Zurich"
lang = "de"
title = "Drusen fordern Teilhabe statt Schutzgarantien von neuer Regierung"
also_titles = [
    "Minderheit in Syrien - Drusen fordern Teilhabe statt Schutzgarantien von neuer Regierung",
    "Minderheit in Syrien: Drusen fordern Teilhabe statt Schutzgarantien von neuer Regierung",
]
published = datetime(2025, 1, 5, 14, 23, tzinfo=UTC)  # 2025-01-05 15:23 Europe/Zurich
authors = ["Monika Bolliger", "Anna Trechsel"]
