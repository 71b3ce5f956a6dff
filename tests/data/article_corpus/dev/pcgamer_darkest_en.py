"""'By Luke Kemp 11 February 2020' (day only). article:author is a Facebook address.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/pcgamer.com.darkest.html (Apache-2.0).
"""

from datetime import date

url = "https://www.pcgamer.com/through-the-darkest-of-times-review/"
timezone = "Europe/London"
lang = "en"
title = "Through the Darkest of Times review"
published = date(2020, 2, 11)
authors = ["Luke Kemp"]
