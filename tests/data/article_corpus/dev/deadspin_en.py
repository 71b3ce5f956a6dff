"""'By Chris Thompson 10/13/16 12:34PM' (New York time, postlight/parser's date_published agrees).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/deadspin.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/deadspin.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://deadspin.com/the-nationals-are-stuck-with-danny-espinosa-tonight-un-1787706769"
timezone = "America/New_York"
lang = "en"
title = "The Nationals Are Stuck With Danny Espinosa Tonight, Unless They Opt For The Only Thing Worse"
published = datetime(2016, 10, 13, 16, 34, tzinfo=UTC)  # 2016-10-13 12:34 America/New_York
authors = ["Chris Thompson"]
