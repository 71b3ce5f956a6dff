"""'By Ray Brown December 22, 2016': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.americanow.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.americanow.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.americanow.com/story/politics/2016/12/22/trump-names-kellyanne-conway-counselor-president"
timezone = "America/New_York"
lang = "en"
title = "Kellyanne Conway Named Counselor To Trump"
published = date(2016, 12, 22)
authors = ["Ray Brown"]
