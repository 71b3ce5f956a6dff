"""The first <h1> is the section's label ('*Nettavisen* Kjendis.'); '15.10.24 23:35 Tuva Mathilde Løland Tips meg' (Oslo time, a two-digit year); the <title> is an SEO headline.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/no/Nettavisen_2024_10_16.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.nettavisen.no/kjendis/david-eriksen-dukket-opp-da-tone-damli-fodte-darlig-timing/s/5-95-2070077"
timezone = "Europe/Oslo"
lang = "no"
title = "Fikk overraskelse av manageren på fødestua: – Helt absurd"
published = datetime(2024, 10, 15, 21, 35, tzinfo=UTC)  # 2024-10-15 23:35 Europe/Oslo
authors = ["Tuva Mathilde Løland"]
