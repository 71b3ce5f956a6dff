"""Kicker 'Nationaler Veteranentag' above the <h1> 'Orden fürs Morden' (og:title joins them). 'Aus: Ausgabe vom 26.04.2024, Seite 1 / Titel' names the print issue, while JSON-LD's datePublished is the evening before (2024-04-25T19:30+02:00), when it went online: which the page means as its date is not settled, date not scored. 'Von Karim Natour'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/JungeWelt_2024_04_26.html.gz (MIT).
"""

url = "https://www.jungewelt.de/artikel/474126.nationaler-veteranentag-orden-fürs-morden.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Orden fürs Morden"
also_titles = ["Nationaler Veteranentag: Orden fürs Morden"]
authors = ["Karim Natour"]
