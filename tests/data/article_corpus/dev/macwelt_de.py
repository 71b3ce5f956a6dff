"""'04.02.2022 | 15:33 Uhr | Dennis Steimels' (htmldate's day too; <meta name="date"> says the same; the "pubdate" and "datepublished" <meta>s give 2021-12-14, the story's first version).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/macwelt.de-warten.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.macwelt.de/ratgeber/iPhone-14-Warum-sich-das-Warten-wirklich-lohnt-11153570.html"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "iPhone 14: Warum sich das Warten wirklich lohnt"
published = datetime(2022, 2, 4, 14, 33, tzinfo=UTC)
authors = ["Dennis Steimels"]
