"""'by Jack Davis December 23, 2016 at 7:18am': a time in a zone the page does not name, so the day.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.westernjournalism.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.westernjournalism.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.westernjournalism.com/berlin-terrorist-shot-dead-in-milan-by-rookie-police-officer/"
timezone = "America/New_York"
lang = "en"
title = "Berlin Terrorist Shot Dead In Milan By Rookie Police Officer"
published = date(2016, 12, 23)
authors = ["Jack Davis"]
