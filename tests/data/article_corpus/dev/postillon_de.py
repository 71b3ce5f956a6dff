"""A satire site's republished piece: its address holds 2018/04, the page shows '25.4.24' (JSON-LD 2024-04-25T08:18+02:00). No byline ('Kiel (dpo)'): authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/Postillon_2024_04_25.html.gz (MIT).
"""

from datetime import date

url = "https://www.der-postillon.com/2018/04/ostsee-krokodil.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Bekiffte Geografen warnen: Ostsee in Wahrheit riesiges Krokodil, das Finnland fressen will!"
published = date(2024, 4, 25)
