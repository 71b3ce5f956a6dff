"""'Jan. 28, 2020, at 5:55 AM … By Perry Bacon Jr.': a time in a zone the page does not name, so the day (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/fivethirtyeight.com.endorsement.html (Apache-2.0).
"""

from datetime import date

url = "https://fivethirtyeight.com/features/the-2020-endorsement-race-is-getting-interesting/"
timezone = "America/New_York"
lang = "en"
title = "The 2020 Endorsement Race Is Getting Interesting"
published = date(2020, 1, 28)
authors = ["Perry Bacon Jr."]
