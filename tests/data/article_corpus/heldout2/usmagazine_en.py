"""The <h1> (the <title> is a shorter headline, 'Lady Gaga Shares Pic of Ex Taylor Kinney With Her Mom'); 'By Megan French December 7, 2016' under it: a day (the 'Dec 5, 2016 at 9:10am PST' further down is another item's).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.usmagazine.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.usmagazine.com/index.test.js gives the ground truth checked here (2016-12-07T20:53:36Z is that day).
"""

from datetime import date

url = "https://www.usmagazine.com/celebrity-news/news/lady-gaga-shares-pic-of-ex-taylor-kinney-with-her-mom-w454419/"
timezone = "America/New_York"
lang = "en-US"
title = "Lady Gaga Shares Photo of Ex Taylor Kinney Hanging With Her Mom and Now We’re Confused"
published = date(2016, 12, 7)
authors = ["Megan French"]
