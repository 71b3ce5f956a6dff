"""'11/28/2016 04:23 pm ET … Sam Stein Senior Politics Editor'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.huffingtonpost.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.huffingtonpost.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://www.huffingtonpost.com/entry/donald-trump-obama_us_583c8f01e4b06539a789ddd4"
timezone = "America/New_York"
lang = "en"
title = "Trump Has Shown Receptiveness To Obama's Agenda. Does He Actually Mean It?"
published = datetime(2016, 11, 28, 21, 23, tzinfo=UTC)  # 2016-11-28 16:23 America/New_York
authors = ["Sam Stein"]
