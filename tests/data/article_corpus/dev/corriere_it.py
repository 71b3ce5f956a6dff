"""'di Viviana Mazza' and '5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)' (the day, then the update's); og:title and the <title> are an earlier headline.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/it/CorriereDellaSera_2025_02_04.html.gz (MIT).
"""

from datetime import date

url = "https://www.corriere.it/esteri/25_gennaio_05/trump-accoglie-meloni-a-mar-a-lago-ha-davvero-preso-d-assalto-l-europa-rubio-giorgia-leader-forte-incontro-anche-sul-caso-3c53a5b8-27fc-4886-a0bf-a10908331xlk.shtml"
timezone = "Europe/Rome"
lang = "it-IT"
title = "Giorgia Meloni da Donald Trump a Mar-a-Lago: «Bella serata, pronti a lavorare insieme». Il Nyt: «Su Cecilia Sala la premier ha premuto aggressivamente»"
also_titles = [
    "Giorgia Meloni vola da Donald Trump a Mar-a-Lago. Il Nyt: «Su Cecilia Sala la premier ha premuto aggressivamente»"
]
published = date(2025, 1, 5)
authors = ["Viviana Mazza"]
