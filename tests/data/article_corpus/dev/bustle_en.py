"""'By Teresa Newsome Dec. 2, 2016': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.bustle.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.bustle.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://www.bustle.com/articles/194709-13-ways-to-compliment-women-in-the-most-empowering-transformative-way-possible"
timezone = "America/New_York"
lang = "en"
title = "The Transformative Power Of Feminist Compliments"
published = date(2016, 12, 2)
authors = ["Teresa Newsome"]
