"""'Will Leitch/November 18, 2016' above the headline: a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/newrepublic.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/newrepublic.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://newrepublic.com/article/138859/fantastic-beasts-nice-place-visit"
timezone = "America/New_York"
lang = "en"
title = "Fantastic Beasts: A Nice Place to Visit"
published = date(2016, 11, 18)
authors = ["Will Leitch"]
