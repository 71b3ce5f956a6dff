"""'By Smart Shopping Team Dec 19, 2016': a day only; the byline is a desk's, not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.mentalfloss.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.mentalfloss.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.mentalfloss.com/article/90140/its-not-too-late-holiday-shop-these-amazon-deals"
timezone = "America/New_York"
lang = "en"
title = "It's Not Too Late to Holiday Shop With These Amazon Deals"
published = date(2016, 12, 19)
