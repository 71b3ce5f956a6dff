"""The <h1> is the breadcrumb's last item (og:title's headline, 'Archäologische Sensation: Uralte Maya-Städte in Guatemala entdeckt'); the displayed headline is kicker 'Archäologische Sensation' over 'Unbekannte Maya-Städte werfen neues Licht auf die Frühzeit' (JSON-LD's headline). 'Von Paulina Cwiartka, Online-Redakteurin 05.11.2025, 18:00 Uhr' (Berlin time; the declared modified time is hours before it).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/WAZ_2025_11_06.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.waz.de/panorama/article409182690/unbekannte-maya-staedte-werfen-neues-licht-auf-die-fruehzeit.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Unbekannte Maya-Städte werfen neues Licht auf die Frühzeit"
also_titles = [
    "Archäologische Sensation: Unbekannte Maya-Städte werfen neues Licht auf die Frühzeit",
    "Archäologische Sensation: Uralte Maya-Städte in Guatemala entdeckt",
]
published = datetime(2025, 11, 5, 17, 0, tzinfo=UTC)
authors = ["Paulina Cwiartka"]
