"""'By Ganesh Sitaraman December 23, 2019' (day only; article:published_time is a day too).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/newrepublic.com.neoliberalism.html (Apache-2.0).
"""

from datetime import date

url = "https://newrepublic.com/article/155970/collapse-neoliberalism"
timezone = "America/New_York"
lang = "en-us"
title = "The Collapse of Neoliberalism"
published = date(2019, 12, 23)
authors = ["Ganesh Sitaraman"]
