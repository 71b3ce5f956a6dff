"""'谢若含 2017-03-01 14:27:02' (Beijing time).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.qdaily.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.qdaily.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://www.qdaily.com/articles/38282.html"
timezone = "Asia/Shanghai"
lang = "zh"
title = "这个约会软件，想用你和对方的相似好恶来帮你找对象"
published = datetime(2017, 3, 1, 6, 27, tzinfo=UTC)  # 2017-03-01 14:27 Asia/Shanghai
authors = ["谢若含"]
