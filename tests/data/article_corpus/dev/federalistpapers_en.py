"""'By Bushrod Washington Published December 21, 2016 at 8:31am': a time in a zone the page does not name, so the day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/thefederalistpapers.org.html (MIT OR Apache-2.0). Its test
src/extractors/custom/thefederalistpapers.org/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://thefederalistpapers.org/education-2/the-failure-of-public-schooling-in-one-chart"
timezone = "America/New_York"
lang = "en"
title = "The FAILURE Of Public Schooling In One Chart"
published = date(2016, 12, 21)
authors = ["Bushrod Washington"]
