"""Kicker 'Siemens und die Kohlemine Adani' above the headline: with or without it counts. Date: htmldate's expected date. 'Ingo Arzt, Redakteur für Wirtschaft und Umwelt'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/taz.de.siemens.html (Apache-2.0).
"""

from datetime import date

url = "https://taz.de/Siemens-und-die-Kohlemine-Adani/!5655255/"
timezone = "Europe/Berlin"
lang = "de"
title = "Kaeser verarscht Neubauer"
also_titles = ["Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer"]
published = date(2020, 1, 13)
authors = ["Ingo Arzt"]
