"""'Von Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr' (article:published_time 14:25 UTC agrees; the Yoast JSON-LD's datePublished is 3 November, the draft's). The JSON-LD author is a Yoast @id reference.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/utopia.de-Werbung.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = (
    "https://utopia.de/news/was-haben-bhs-mit-eisbergen-zu-tun-kim-kardashian-polarisiert-mit-werbung-nippel/"
)
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Polarisierende BH-Werbung: Kim Kardashian, Eisberge und falsche Nippel"
published = datetime(2023, 11, 6, 14, 25, tzinfo=UTC)
authors = ["Katharina Schmidt"]
