"""'18/03/2019 | André Mindermann': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/otrs.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/otrs.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://otrs.com/otrsmag/silver-society-the-young-old-people/"
timezone = "Europe/Berlin"
lang = "en"
title = "Silver Society – The young old people"
published = date(2019, 3, 18)
authors = ["André Mindermann"]
