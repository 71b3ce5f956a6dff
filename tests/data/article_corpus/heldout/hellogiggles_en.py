"""'By Cindy mangomini December 21, 2016': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/hellogiggles.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/hellogiggles.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://hellogiggles.com/comfy-chic-holiday-outfit-illustrated/"
timezone = "America/New_York"
lang = "en"
title = "Your comfy-chic holiday outfit, illustrated"
published = date(2016, 12, 21)
authors = ["Cindy mangomini"]
