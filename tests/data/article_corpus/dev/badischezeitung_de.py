"""'Von Lisa Petrich Mi, 18. Oktober 2023 um 12:50 Uhr' (Berlin time, as article:published_time agrees). meta author is the site (Badische Zeitung).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/badische-zeitung.de-Wohnungssuche.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.badische-zeitung.de/viele-studierende-sind-noch-verzweifelt-auf-wohnungssuche-in-freiburg"
timezone = "Europe/Berlin"
lang = "de"
title = "Viele Studierende sind noch verzweifelt auf Wohnungssuche in Freiburg"
published = datetime(2023, 10, 18, 10, 50, tzinfo=UTC)  # 2023-10-18 12:50 Europe/Berlin
authors = ["Lisa Petrich"]
