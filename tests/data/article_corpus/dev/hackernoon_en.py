"""The <title> adds ' - By linksc' (the author's handle, also the byline: authors not scored); a second <h1> heads the comments. 'December 29th 2019' under the headline (an ordinal day; no date declared). htmldate's day 2019-12-29.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/hackernoon.com.scrape.html (Apache-2.0).
"""

from datetime import date

url = "https://hackernoon.com/how-to-scrape-google-with-python-bo7d2tal"
timezone = "America/New_York"
lang = "en"
title = "How To Scrape Google With Python"
published = date(2019, 12, 29)
