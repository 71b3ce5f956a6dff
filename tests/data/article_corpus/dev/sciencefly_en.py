"""Byline 'Paul December 23, 2016': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/sciencefly.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/sciencefly.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://sciencefly.com/video-shows-false-killer-whale-snagging-tuna-bait/"
timezone = "America/New_York"
lang = "en"
title = "Video shows false killer whale snagging tuna bait"
published = date(2016, 12, 23)
authors = ["Paul"]
