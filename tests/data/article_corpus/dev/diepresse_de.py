"""'05.06.2025 um 14:46 von Anne-Marie Slaughter' (Vienna time); JSON-LD's author is a list of strings.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/at/DiePresse_2025_06_05.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.diepresse.com/19765800/nennen-wir-ihn-doch-golf-von-nordamerika"
timezone = "Europe/Vienna"
lang = "de"
title = "Nennen wir ihn doch Golf von Nordamerika"
published = datetime(2025, 6, 5, 12, 46, tzinfo=UTC)  # 2025-06-05 14:46 Europe/Vienna
authors = ["Anne-Marie Slaughter"]
