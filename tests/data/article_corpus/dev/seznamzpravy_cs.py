"""'Radek Nohl' under the headline; the page shows its time only ('5:00', today's): date not scored. og:title adds '- Seznam Zprávy'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/cz/SeznamZpravy_2025_04_08.html.gz (MIT).
"""

url = "https://www.seznamzpravy.cz/clanek/domaci-kauzy-hlavni-akter-dozimetru-prodava-vilu-rodina-se-zbavenim-prav-neuspela-272712"
timezone = "Europe/Prague"
lang = "cs"
title = "Hlavní aktér Dozimetru prodává vilu. Rodina se zbavením práv neuspěla"
authors = ["Radek Nohl"]
