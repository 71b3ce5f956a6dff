"""A LinkedIn post by Ellyn Shook, dated 'Dec 19, 2016': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.linkedin.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.linkedin.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://www.linkedin.com/pulse/what-set-your-soul-fire-2017-ellyn-shook"
timezone = "America/Los_Angeles"
lang = "en"
title = "What will set your soul on fire in 2017"
published = date(2016, 12, 19)
authors = ["Ellyn Shook"]
