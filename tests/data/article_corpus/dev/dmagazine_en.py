"""'By Kathy Wise Published in FrontBurner December 14, 2016 2:24 pm': a time in a zone the page does not name, so the day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.dmagazine.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.dmagazine.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.dmagazine.com/frontburner/2016/12/nfl-concussion-settlement-payments-can-begin/"
timezone = "America/Chicago"
lang = "en"
title = "NFL Concussion Settlement Payments Can Begin"
published = date(2016, 12, 14)
authors = ["Kathy Wise"]
