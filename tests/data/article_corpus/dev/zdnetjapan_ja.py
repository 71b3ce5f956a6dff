"""'ZDNet Japan Staff 2019年04月28日 08時00分' (Tokyo time): the byline is the site's staff, not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/japan.zdnet.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/japan.zdnet.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "https://japan.zdnet.com/article/35136396/"
timezone = "Asia/Tokyo"
lang = "ja"
title = "Raspberry Pi競合--Ubuntuが動く「UP Core」を見る"
published = datetime(2019, 4, 27, 23, 0, tzinfo=UTC)  # 2019-04-28 08:00 Asia/Tokyo
