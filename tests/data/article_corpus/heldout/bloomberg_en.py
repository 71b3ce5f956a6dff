"""'By Margaret Talev … December 7, 2016 at 4:00 AM CST'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.bloomberg.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.bloomberg.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://www.bloomberg.com/politics/articles/2016-12-07/trump-hits-emblem-of-presidential-power-with-air-force-one-tweet"
timezone = "America/New_York"
lang = "en"
title = "Air Force One Costs Billions of Dollars Because It’s a Flying White House"
published = datetime(2016, 12, 7, 10, 0, tzinfo=UTC)  # 2016-12-07 04:00 America/Chicago
authors = ["Margaret Talev"]
