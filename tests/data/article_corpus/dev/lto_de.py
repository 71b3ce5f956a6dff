"""The <h1> (soft hyphens inside its words) differs from og:title and the <title>, 'Waffenlieferungen an Israel: Verfassungsbeschwerde eingelegt'. 'von Dr. Max Kolter 20.10.2025' (a day only; <meta name="date"> says the same day, no JSON-LD). The byline carries an academic title: whether it is part of the name is not settled, authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/LTO_2025_10_20.html.gz (MIT).
"""

from datetime import date

url = "https://www.lto.de/recht/hintergruende/h/gaza-waffen-waffenlieferungen-exporte-israel-ecchr-verfassungsbeschwerde"
timezone = "Europe/Berlin"
lang = "de"
title = "Waffenlieferungen an Israel: Palästinenser legt Verfassungsbeschwerde ein"
also_titles = ["Waffenlieferungen an Israel: Verfassungsbeschwerde eingelegt"]
published = date(2025, 10, 20)
