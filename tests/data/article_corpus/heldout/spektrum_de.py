"""'26.02.2020', 'von Lars Fischer und Alina Schadwinkel'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/spektrum.de.coronavirus.html (Apache-2.0).
"""

from datetime import date

url = "https://www.spektrum.de/wissen/laesst-sich-die-coronavirus-ausbreitung-in-deutschland-kontrollieren/1700384"
timezone = "Europe/Berlin"
lang = "de"
title = "Covid-19: Lässt sich die Coronavirus-Ausbreitung in Deutschland kontrollieren?"
published = date(2020, 2, 26)
authors = ["Lars Fischer", "Alina Schadwinkel"]
