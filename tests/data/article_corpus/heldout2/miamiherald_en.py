"""The headline is the <h1 class="title"> (the first <h1> is the section, 'Business Monday'; the <title> is another headline, 'Miami-area CEOs are asked: ...'); 'December 12, 2016 7:00 AM' above it (no zone named): the day. No byline (the article quotes several executives): not scored. The saved page names no canonical address: the test's.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.miamiherald.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.miamiherald.com/index.test.js gives the ground truth checked here (2016-12-12T12:00Z is 7:00 in Miami).
"""

from datetime import date

url = "http://www.miamiherald.com/news/business/biz-monday/article120329158.html"
timezone = "America/New_York"
lang = "en"
title = "From Metrorail to bike paths, this is what CEOs think of public transit"
published = date(2016, 12, 12)
