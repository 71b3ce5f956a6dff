"""'Marco Pizzorno 4 Febbraio 2025 - 14:41' (Rome time; the <time datetime> has the day only); cards of other articles name their authors below.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/it/IlGiornale_2025_02_04.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.ilgiornale.it/news/difesa/i-jet-russi-accendono-i-motori-norad-che-dispiega-aerei-nell-2432841.html"
timezone = "Europe/Rome"
lang = "it"
title = 'Le "incursioni" dei caccia russi e la mossa dei jet Usa: cosa succede nell\'Artico'
published = datetime(2025, 2, 4, 13, 41, tzinfo=UTC)  # 2025-02-04 14:41 Europe/Rome
authors = ["Marco Pizzorno"]
