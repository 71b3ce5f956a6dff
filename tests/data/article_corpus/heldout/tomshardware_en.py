"""'By Michelle Ehrhardt 04 November 2020': a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/tomshardware.com.rtx.html (Apache-2.0).
"""

from datetime import date

url = "https://www.tomshardware.com/uk/news/where-and-how-to-buy-rtx-3080-3090-3070"
timezone = "America/New_York"
lang = "en"
title = "Where and How to Buy an RTX 3080, 3090 or 3070"
published = date(2020, 11, 4)
authors = ["Michelle Ehrhardt"]
