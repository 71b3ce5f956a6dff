"""'By KentNews 9 November 2023' (day only). The byline is the site's: authors not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/KentNews.online-prison.html (Apache-2.0).
"""

from datetime import date

url = "https://www.kentnews.online/lengthy-prison-sentences-for-two-thanet-drug-dealers/"
timezone = "Europe/London"
lang = "en-GB"
title = "Lengthy Prison Sentences For Two Thanet Drug Dealers"
published = date(2023, 11, 9)
