"""'Freitag, 04.02.2022 | 11:38 Uhr' (og:published_time writes 11:38 without a zone; the JSON-LD's 11:17+01:00 is the record's). No byline: <meta name="author"> is the company.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/spox.com-corona-fealle.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.spox.com/de/sport/olympia/2202/Artikel/zwei-corona-faelle-olympische-spiele-peking-eric-frenzel-terence-weber.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Olympia 2022 - Zwei weitere Corona-Fälle! Kombinierer Eric Frenzel und Terence Weber betroffen"
published = datetime(2022, 2, 4, 10, 38, tzinfo=UTC)
