"""'Clara Löw, Siddharth Prakash & Klaus Jacob Energie & Umwelt 26. Oktober 2023' (day only). meta author and the JSON-LD author are the site (Makronom).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/makronom.de-Ressourcenschutzgesetz.html (Apache-2.0).
"""

from datetime import date

url = "https://makronom.de/warum-es-ein-ressourcenschutzgesetz-braucht-45273"
timezone = "Europe/Berlin"
lang = "de"
title = "Warum es ein Ressourcenschutzgesetz braucht"
published = date(2023, 10, 26)
authors = ["Clara Löw", "Siddharth Prakash", "Klaus Jacob"]
