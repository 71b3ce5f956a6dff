"""Luxembourg's Tageblatt: kicker 'Vierschanzentournee' above the <h1>; og:title joins them with a bar ('Vierschanzentournee | Beleidigen …') and the <title> puts the site first ('Tageblatt.lu | Vierschanzentournee | …'). 'Von DPA 5. Januar 2026 18:58 Uhr' (Luxembourg time; <meta name="date"> 18:58+01:00, JSON-LD 17:58 UTC): the byline is an agency's, authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/lu/Tageblatt_2026_01_13.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.tageblatt.lu/Sport/Beleidigen-und-beschuldigen-Skisprung-Zoff-ums-Material-23711.html"
timezone = "Europe/Luxembourg"
lang = "de"
title = "Beleidigen und beschuldigen: Skisprung-Zoff ums Material"
also_titles = [
    "Vierschanzentournee | Beleidigen und beschuldigen: Skisprung-Zoff ums Material",
    "Vierschanzentournee: Beleidigen und beschuldigen: Skisprung-Zoff ums Material",
]
published = datetime(2026, 1, 5, 17, 58, tzinfo=UTC)
