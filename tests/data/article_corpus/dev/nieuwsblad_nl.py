"""Het Nieuwsblad: the headline opens with its label 'BIO.' (counted with and without it); the dateline is relative ('Vandaag om 20:07', today at): not scored; no byline ('Bron: BELGA' credits the agency), JSON-LD's author is the site (nieuwsblad.be): not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/be/Nieuwsblad_2025_02_02.html.gz (MIT).
"""

url = "https://www.nieuwsblad.be/cnt/dmf20250202_96887132"
timezone = "Europe/Brussels"
lang = "nl"
title = "BIO. Annelies Verlinden ruilt Binnenlandse Zaken in voor Justitie"
also_titles = ["Annelies Verlinden ruilt Binnenlandse Zaken in voor Justitie"]
