"""'Published Tue, Dec 20 2016 10:32 AM EST Updated … Tom DiChristopher'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.cnbc.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.cnbc.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = (
    "http://www.cnbc.com/2016/12/20/coals-us-stronghold-is-losing-steam-even-as-trump-aims-for-a-revival.html"
)
timezone = "America/New_York"
lang = "en"
title = "Coal's big US stronghold is losing steam, even as Trump aims for a revival"
published = datetime(2016, 12, 20, 15, 32, tzinfo=UTC)  # 2016-12-20 10:32 America/New_York
authors = ["Tom DiChristopher"]
