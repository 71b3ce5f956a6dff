"""'By Yomi Kazeem Published February 24, 2020 Last updated July 21, 2022': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/qz.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/qz.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://qz.com/africa/1807355/nigerias-economy-has-best-quarterly-growth-since-recession/"
timezone = "America/New_York"
lang = "en"
title = "Nigeria’s economy is making a comeback—but it’s still not happening fast enough"
published = date(2020, 2, 24)
authors = ["Yomi Kazeem"]
