"""'von Andreas Kürten'; the date is htmldate's expected day.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/zdf.de.corona.html (Apache-2.0).
"""

from datetime import date

url = "https://www.zdf.de/sport/us-sport-corona-100.html"
timezone = "Europe/Berlin"
lang = "de"
title = "US-Sport in Zeiten von Corona"
published = date(2020, 4, 4)
authors = ["Andreas Kürten"]
