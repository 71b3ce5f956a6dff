"""Norway's largest tabloid: the <h1> ends in a quotation after a colon and a dash, '«ingen har tenkt på før»: –⁠ Magisk' (an invisible word joiner after the dash, left out here: the reader sees '– Magisk'); og:title and the <title> are another headline (counted). 'Per-Erik Ofstad mandag 5. august kl. 14:47' under the standfirst and 'Publisert: 05.08.24 kl. 14:47' (Oslo time; article:published_time 12:47 UTC).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/no/VerdensGang_2024_08_05.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.vg.no/nyheter/innenriks/i/dRwWqB/soeskenbarna-fredrik-dahle-klocke-27-og-vetle-dahle-30-gaar-paa-ski-seiler-padler-og-gaar-til-fots-norge-rundt"
timezone = "Europe/Oslo"
lang = "no"
title = "Fredrik (27) og Vetle (30) er på et ekstremt eventyr «ingen har tenkt på før»: – Magisk"
also_titles = [
    "Søskenbarna Fredrik Dahle Klocke (27) og Vetle Dahle (30) går på ski, seiler, padler og går til fots Norge rundt"
]
published = datetime(2024, 8, 5, 12, 47, tzinfo=UTC)
authors = ["Per-Erik Ofstad"]
