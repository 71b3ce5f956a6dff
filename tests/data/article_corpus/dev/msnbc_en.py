"""'Dec. 20, 2016, 12:44 PM UTC / Updated … By Steve Benen'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.msnbc.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.msnbc.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://www.msnbc.com/rachel-maddow-show/bizarre-election-ends-bizarre-electoral-college-tally"
timezone = "America/New_York"
lang = "en"
title = "A bizarre election ends with a bizarre Electoral College tally"
published = datetime(2016, 12, 20, 12, 44, tzinfo=UTC)  # 2016-12-20 12:44 UTC
authors = ["Steve Benen"]
