"""Computer Bild: the <title> is another headline ('Bundesliga: Dortmund - Mönchengladbach live sehen! - COMPUTER BILD'); microdata gives the headline on the <h1> and the dates in <meta itemprop> content. 'von Dennis Kochinky 19.10.2019, 15:30 Uhr' (Berlin time). htmldate's day 2019-10-19.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d60caba9d12c467b9708ec8981cad8aa.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.computerbild.de/artikel/cb-News-Freizeit-Bundesliga-Dortmund-Moenchengladbach-live-sehen-24356155.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Bundesliga: Dortmund - Gladbach live sehen!"
published = datetime(2019, 10, 19, 13, 30, tzinfo=UTC)
authors = ["Dennis Kochinky"]
