"""'Edward Russell Oct 13, 2020': a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/thepointsguy.com.alaska.html (Apache-2.0).
"""

from datetime import date

url = "https://thepointsguy.com/news/alaska-airlines-oneworld-membership-new-date/"
timezone = "America/New_York"
lang = "en"
title = "Alaska Airlines sets new date for full Oneworld membership"
published = date(2020, 10, 13)
authors = ["Edward Russell"]
