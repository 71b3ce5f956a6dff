"""'Von Andreas Floemer 06.11.2023, 15:20 Uhr' (Berlin time, as the JSON-LD's +0100 agrees).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/t3n.de-Laufzeit.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://t3n.de/news/apple-eigener-iphone-akku-1587177/"
timezone = "Europe/Berlin"
lang = "de"
title = "Apple arbeitet angeblich an eigenen iPhone-Akkus für mehr Laufzeit"
published = datetime(2023, 11, 6, 14, 20, tzinfo=UTC)  # 2023-11-06 15:20 Europe/Berlin
authors = ["Andreas Floemer"]
