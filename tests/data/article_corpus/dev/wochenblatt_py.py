"""Paraguay's German weekly: og:title, <title> and JSON-LD's WebPage name end in ' - Wochenblatt'. 'Geschrieben am 15. April 2025' (a day; <time datetime> 00:08-03:00, article:published_time 03:08 UTC). The source at the foot is the paper's and another's ('Wochenblatt / Última Hora'): authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/py/Wochenblatt_2025_04_16.html.gz (MIT).
"""

from datetime import date

url = "https://wochenblatt.cc/itaipu-hat-sechs-neue-ausschreibungen-in-hoehe-von-11-millionen-us-dollar/"
timezone = "America/Asuncion"
lang = "de"
title = "Itaipu hat sechs neue Ausschreibungen in Höhe von 11 Millionen US-Dollar"
published = date(2025, 4, 15)
