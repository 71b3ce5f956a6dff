"""'By Evan Halper Staff Writer Feb. 19, 2020 4 AM' (a time in a zone the page does not name: the day). article:published_time '2020-02-19T12:00:10.372' has no zone (it is UTC). article:author is an address.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/latimes.com.bloomberg.html (Apache-2.0).
"""

from datetime import date

url = "https://www.latimes.com/politics/story/2020-02-19/mike-bloomberg-democratic-debate-history"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "As his first debate nears, Bloomberg is having to answer about his past"
published = date(2020, 2, 19)
authors = ["Evan Halper"]
