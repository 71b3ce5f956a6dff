"""Luxemburger Wort: the byline is the link 'André Klein' (to /autoren/508-andre-klein) with 'Redakteur' and '11:46' (the update's time, JSON-LD dateModified 09:46Z; no day shown): the date is not scored. JSON-LD names the author 'André Oliver KLEIN' with the same profile address.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/lu/LuxemburgerWort_2025_06_30.html.gz (MIT).
"""

url = "https://www.wort.lu/sport/arthur-kluckers-und-tudor-sind-die-besten-kartenspieler-beim-strassenrennen/74555143.html"
timezone = "Europe/Luxembourg"
lang = "de"
title = "Arthur Kluckers und Tudor sind die besten Kartenspieler beim Straßenrennen"
authors = ["André Klein"]
