"""'Mathias Hagen – Journalist', 'Anders Skjerdingstad – Journalist i Paris' (roles after the names, two article:author <meta>s with them) and 'Publisert 05.08.2024, kl. 13.05 Oppdatert …' (Oslo time); og:title is the social headline.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/no/NRK_2024_08_05.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.nrk.no/ol/ol-i-paris-2024_-tarene-rant-for-stavhopper-lene-retzius-_-sa-kom-sjokkvendingen-1.16990729"
timezone = "Europe/Oslo"
lang = "nb-NO"
title = "Tårene rant for norsk OL-håp – så kom sjokkvendingen"
also_titles = ["OL i Paris 2024: Tårene rant for stavhopper Lene Retzius – så kom sjokkvendingen"]
published = datetime(2024, 8, 5, 11, 5, tzinfo=UTC)  # 2024-08-05 13:05 Europe/Oslo
authors = ["Mathias Hagen", "Anders Skjerdingstad"]
