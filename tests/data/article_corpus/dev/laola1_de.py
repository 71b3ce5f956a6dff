"""The <h1>, and above it the <title>'s longer headline: both count. 'von Alexander Karper … Wien - Mittwoch, 02.02.2022, 11:17 Uhr': the microdata says 11:17Z where the page means Vienna time, so the day is scored. A second microdata author is the site (LAOLA1.at).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/laola1.at-barisic.html (Apache-2.0).
"""

from datetime import date

url = "https://www.laola1.at/de/red/fussball/bundesliga/news/rapids-barisic-geschlaucht---dann-hau--ich-mein-handy-zam-/"
timezone = "Europe/Vienna"
lang = "de"
title = 'Barisic: "Dann hau\' ich mein Handy zam"'
also_titles = ['Rapids Barisic geschlaucht: "Dann hau\' ich mein Handy zam"']
published = date(2022, 2, 2)
authors = ["Alexander Karper"]
