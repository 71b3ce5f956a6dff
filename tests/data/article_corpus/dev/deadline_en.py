"""'By Lisa de Moraes … April 15, 2019 6:18am': a time in a zone the page does not name, so the day. The headline is the page's h1 (postlight/parser's test has none).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/deadline.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/deadline.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://deadline.com/2019/04/donald-trump-boeing-max-737-rebrand-advice-twitter-1202595880/"
timezone = "America/Los_Angeles"
lang = "en"
title = (
    "Donald Trump Advises Boeing To Rebrand Max 737, Tweeting “But What The Hell Do I Know?”; Twitter Answers"
)
published = date(2019, 4, 15)
authors = ["Lisa de Moraes"]
