"""'by Steve Gillman Contributor June 21, 2017': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.thepennyhoarder.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.thepennyhoarder.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.thepennyhoarder.com/find-hidden-cash/"
timezone = "America/New_York"
lang = "en"
title = "7 Unexpected Places You Could Find Cash and Valuables Around Your House"
published = date(2017, 6, 21)
authors = ["Steve Gillman"]
