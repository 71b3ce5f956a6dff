"""'2019年02月22日 14時30分 公開' (Tokyo time, '公開' = published), byline '[田中宏昌，ITmedia]'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.itmedia.co.jp.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.itmedia.co.jp/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "https://www.itmedia.co.jp/pcuser/articles/1902/22/news089.html"
timezone = "Asia/Tokyo"
lang = "ja"
title = "Intel NUCで最新SSDを比較してみた：さらば平成、さらば水冷、いくぜNUC（1/2 ページ）"
published = datetime(2019, 2, 22, 5, 30, tzinfo=UTC)  # 2019-02-22 14:30 Asia/Tokyo
authors = ["田中宏昌"]
