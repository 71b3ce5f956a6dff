"""'By Grant Brisbee @GrantBrisbee Dec 6, 2016, 4:08pm EST'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.sbnation.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.sbnation.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://www.sbnation.com/mlb/2016/12/6/13857040/chris-sale-red-sox-trade-white-sox"
timezone = "America/New_York"
lang = "en"
title = "The Red Sox traded for Chris Sale, and they’re going to be ridiculously loaded for a long time"
published = datetime(2016, 12, 6, 21, 8, tzinfo=UTC)  # 2016-12-06 16:08 America/New_York
authors = ["Grant Brisbee"]
