"""'Andrew Husband … News & Culture Writer December 9, 2016': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/uproxx.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/uproxx.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://uproxx.com/news/rudy-giuliani-not-secretary-of-state/"
timezone = "America/New_York"
lang = "en"
title = "Rudy Giuliani Is No Longer In The Running To Become Donald Trump’s Secretary Of State"
published = date(2016, 12, 9)
authors = ["Andrew Husband"]
