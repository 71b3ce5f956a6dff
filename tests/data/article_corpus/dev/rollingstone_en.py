"""'By David Fear … December 9, 2016 2:50PM ET' (postlight/parser has 14:50 UTC: the page's words are kept).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.rollingstone.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.rollingstone.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://www.rollingstone.com/movies/features/how-la-la-land-resurrected-the-hollywood-musical-w454198"
timezone = "America/New_York"
lang = "en"
title = "‘La La Land’: How a Young Filmmaker Resurrected the Hollywood Musical"
published = datetime(2016, 12, 9, 19, 50, tzinfo=UTC)  # 2016-12-09 14:50 America/New_York
authors = ["David Fear"]
