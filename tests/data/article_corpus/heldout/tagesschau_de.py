"""Kicker 'Interne Unterlagen im Netz' above the headline: with or without it counts. 'Stand: 28.04.2020 18:00 Uhr' may be an update: the day (htmldate's) is scored. No byline: not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/tagesschau.de.rheinmetall.html (Apache-2.0).
"""

from datetime import date

url = "https://www.tagesschau.de/investigativ/ndr/rheinmetall-datenleck-101.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Daten von Rheinmetall gehackt"
also_titles = ["Interne Unterlagen im Netz: Daten von Rheinmetall gehackt"]
published = date(2020, 4, 28)
