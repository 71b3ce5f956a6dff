"""Byline 'By Travis Haney Dec 9, 2016': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/247sports.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/247sports.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://247sports.com/Bolt/Breaking-Houston-hires-Major-Applewhite-as-head-coach-49676932"
timezone = "America/New_York"
lang = "en"
title = "Breaking: Houston hires Major Applewhite as head coach"
published = date(2016, 12, 9)
authors = ["Travis Haney"]
