"""'Dec 1st 2016 1:01PM': a time in a zone the page does not name, so the day. No byline is shown (postlight/parser's 'AOL Staff' is not on the page): not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.aol.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.aol.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.aol.com/article/news/2016/12/01/son-of-slain-police-officer-given-teddy-bears-made-from-dads-un/21618553/"
timezone = "America/New_York"
lang = "en"
title = "Son of slain police officer given teddy bears made from dad's uniform"
published = date(2016, 12, 1)
