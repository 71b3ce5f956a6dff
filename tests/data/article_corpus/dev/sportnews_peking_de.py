"""A South Tyrolean sports site (German): the <h1>, a standfirst, then '02. Februar 2022 Von: det/dpa' (a day; the desk's initials and an agency: authors not scored). The <title> adds ' - Wintersport Mix | SportNews.bz'; <meta name="date"> is RFC 2822.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/sportnews.bz-peking.html (Apache-2.0).
"""

from datetime import date

url = "https://www.sportnews.bz/artikel/wintersport/wintersport-mix/peking-sucht-den-superstar-7-moegliche-gesichter"
timezone = "Europe/Rome"
lang = "de"
title = "Peking sucht den Superstar: 7 mögliche Gesichter"
published = date(2022, 2, 2)
