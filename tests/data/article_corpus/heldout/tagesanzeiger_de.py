"""Kicker 'Coronavirus und andere Zoonosen –' in the h1: with or without it counts. 'Christoph von Eichhorn Aktualisiert: 11.04.2020, 10:27': only the update is shown, so the date is not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/tagesanzeiger.ch.umweltzerstoerung.html (Apache-2.0).
"""

url = "https://www.tagesanzeiger.ch/wie-umweltzerstoerung-neue-epidemien-beguenstigt-633956751547"
timezone = "Europe/Zurich"
lang = "de"
title = "Wie Umweltzerstörung neue Epidemien begünstigt"
also_titles = ["Coronavirus und andere Zoonosen – Wie Umweltzerstörung neue Epidemien begünstigt"]
authors = ["Christoph von Eichhorn"]
