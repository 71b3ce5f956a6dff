"""'von Gabriela Keller 25. Oktober 2023': a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/correctiv.org-Cannabis-Connection.html (Apache-2.0).
"""

from datetime import date

url = "https://correctiv.org/aktuelles/2023/10/25/cannabis-connection-snoop-dogg-und-staatsauftrag/"
timezone = "Europe/Berlin"
lang = "de"
title = "Die Cannabis-Connection der Bundesrepublik: Snoop Dogg und Staatsauftrag"
published = date(2023, 10, 25)
authors = ["Gabriela Keller"]
