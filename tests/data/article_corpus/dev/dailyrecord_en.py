"""'By John-Paul Clark 04:30, 3 NOV 2023' (a time in a zone the page does not name: the day).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/dailyrecord.co.uk-Allan-Bryant.html (Apache-2.0).
"""

from datetime import date

url = "https://www.dailyrecord.co.uk/news/scottish-news/dad-missing-allan-bryant-given-31328293"
timezone = "Europe/London"
lang = "en"
title = "Dad of missing Allan Bryant 'given up all hope' after 10 years of hell"
published = date(2023, 11, 3)
authors = ["John-Paul Clark"]
