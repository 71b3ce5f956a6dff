"""'CBS News February 24, 2020, 7:57 AM': a time in a zone the page does not name, so the day (htmldate's); the byline is the broadcaster's name, not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/cbsnews.com.carolina.html (Apache-2.0).
"""

from datetime import date

url = (
    "https://www.cbsnews.com/news/2020-presidential-election-south-carolina-black-voters-democrats-joe-biden/"
)
timezone = "America/New_York"
lang = "en"
title = "Black voters in South Carolina are crucial for Democratic candidates"
published = date(2020, 2, 24)
