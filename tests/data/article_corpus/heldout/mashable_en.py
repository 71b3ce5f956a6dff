"""'By Nicole Gallucci on December 13, 2016': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/mashable.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/mashable.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://mashable.com/article/mysterious-plane-flying-over-new-york"
timezone = "America/New_York"
lang = "en"
title = "Mysterious plane circling Manhattan sparks concern and intrigue"
published = date(2016, 12, 13)
authors = ["Nicole Gallucci"]
