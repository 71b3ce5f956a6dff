"""'Author: Austin Murphy Publish date: Jan 12, 2017': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.si.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.si.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.si.com/nfl/2017/01/12/dallas-cowboys-stephen-jerry-jones"
timezone = "America/New_York"
lang = "en"
title = "A Breath of Fresh Heir: Stephen Jones following in the shadow cast by his father"
published = date(2017, 1, 12)
authors = ["Austin Murphy"]
