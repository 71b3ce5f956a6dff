"""'By Meg Wagner NEW YORK DAILY NEWS Dec 16, 2016 at 1:38 pm' (the publication after the name; no zone named): the day. The <title> carries ' – New York Daily News'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.nydailynews.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.nydailynews.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://www.nydailynews.com/news/politics/michelle-obama-feeling-not-hope-feels-article-1.2913255"
timezone = "America/New_York"
lang = "en-US"
title = "Michelle Obama suggests America has lost hope since Donald Trump’s election"
published = date(2016, 12, 16)
authors = ["Meg Wagner"]
