"""'par Samuel Ravier-Regnat publié le 1er novembre 2023 à 16h28' (a time in a zone the page does not name: the day). The page's first JSON-LD names another author (a photographer's node).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/liberation.fr-Gaza.html (Apache-2.0).
"""

from datetime import date

url = "https://www.liberation.fr/international/moyen-orient/gaza-le-monde-arabe-indigne-par-les-frappes-israeliennes-contre-un-camp-de-refugies-de-jabalia-20231101_AZMTTO7OZBCI3IG7LKHAZVLEQQ/"
timezone = "Europe/Paris"
lang = "fr"
title = "Gaza : le monde arabe indigné par les frappes israéliennes contre le camp de réfugiés de Jabalia"
published = date(2023, 11, 1)
authors = ["Samuel Ravier-Regnat"]
