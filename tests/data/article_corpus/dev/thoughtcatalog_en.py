"""'By Lauren Jarvis-Gibson, December 16th 2016': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/thoughtcatalog.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/thoughtcatalog.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://thoughtcatalog.com/lauren-jarvis-gibson/2016/12/one-day-you-will-meet-someone-who-will-change-your-life-for-good/"
timezone = "America/New_York"
lang = "en"
title = "One Day You Will Meet Someone Who Will Change Your Life For Good"
published = date(2016, 12, 16)
authors = ["Lauren Jarvis-Gibson"]
