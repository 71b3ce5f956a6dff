"""'By 7 News WHDH November 8, 2023' (day only). The byline is the station's: authors not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/whdh.com-Roxbury.html (Apache-2.0).
"""

from datetime import date

url = "https://whdh.com/news/police-investigating-after-2-people-stabbed-another-assaulted-in-roxbury/"
timezone = "America/New_York"
lang = "en-US"
title = "Police investigating after 2 people stabbed, another assaulted in Roxbury"
published = date(2023, 11, 8)
