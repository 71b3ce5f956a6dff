"""'Viktor Hedlund' and 'Publicerad 23 okt 2025 kl 10.23 Uppdaterad kl 12.17' (Stockholm time); JSON-LD writes the author in lower case ('viktor hedlund'); a news feed's times follow.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/se/Expressen_2025_10_23.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.expressen.se/nyheter/sverige/elever-atalas-for-misshandel-pa-lundsberg/"
timezone = "Europe/Stockholm"
lang = "sv"
title = "Elever åtalas för misshandel på Lundsberg"
published = datetime(2025, 10, 23, 8, 23, tzinfo=UTC)  # 2025-10-23 10:23 Europe/Stockholm
authors = ["Viktor Hedlund"]
