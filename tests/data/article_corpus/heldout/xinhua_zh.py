"""'2023-11-17 20:52:15 来源：新华网'; no byline: not scored.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/chinese_article_002.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.news.cn/"
timezone = "Asia/Shanghai"
lang = "zh"
title = "短缺药品保供稳价 全力保障临床用药需求"
published = datetime(2023, 11, 17, 12, 52, tzinfo=UTC)  # 2023-11-17 20:52 Asia/Shanghai
