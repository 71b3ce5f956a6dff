"""Dateline 'December 10, 2021 April 9, 2019 by Luke Koppa': the review's update, then its publication day (postlight/parser's date_published agrees).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/blisterreview.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/blisterreview.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://blisterreview.com/gear-reviews/2019-2020-line-outline"
timezone = "America/Denver"
lang = "en"
title = "2021-2022 Line Outline"
published = date(2019, 4, 9)
authors = ["Luke Koppa"]
