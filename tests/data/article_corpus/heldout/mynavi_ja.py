"""'2019/02/22 17:23 著者：後藤大地' (Tokyo time; '著者：' means 'author:').

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/news.mynavi.jp.html (MIT OR Apache-2.0). Its test
src/extractors/custom/news.mynavi.jp/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "https://news.mynavi.jp/article/20190222-775563/"
timezone = "Asia/Tokyo"
lang = "ja"
title = "人気の圧縮・解凍ソフト「WinRAR」に脆弱性、アップデートを"
published = datetime(2019, 2, 22, 8, 23, tzinfo=UTC)  # 2019-02-22 17:23 Asia/Tokyo
authors = ["後藤大地"]
