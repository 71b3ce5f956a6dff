"""'Tana Ganeva December 22, 2016': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.rawstory.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.rawstory.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.rawstory.com/2016/12/these-6-celebrities-are-refusing-to-play-trumps-inauguration-as-team-scrambles-to-secure-talent/"
timezone = "America/New_York"
lang = "en"
title = "These 6 celebrities are refusing to play Trump's inauguration as team scrambles to secure talent"
published = date(2016, 12, 22)
authors = ["Tana Ganeva"]
