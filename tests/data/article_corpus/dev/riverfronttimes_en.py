"""'By Cheryl Baehr on Wed, Nov 8, 2023 at 1:02 pm' (a time in a zone the page does not name: the day). The JSON-LD datePublished has no zone.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/riverfronttimes.com-Nigerian.html (Apache-2.0).
"""

from datetime import date

url = "https://www.riverfronttimes.com/food-drink/levels-nigerian-cuisine-serves-some-of-st-louis-most-thrilling-fare-41199835"
timezone = "America/Chicago"
lang = "en"
title = "Levels Nigerian Cuisine Serves Some of St. Louis Most Thrilling Fare"
published = date(2023, 11, 8)
authors = ["Cheryl Baehr"]
