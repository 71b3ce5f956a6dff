"""'中国网 2019-11-25 10:37:31' under the <h1 class=article-title>; no embedded metadata; a comment's '7小时前' below. No author scored: the source is another site (中国网).

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/toutiao/4.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://www.toutiao.com/a6763067898329039374/"
timezone = "Asia/Shanghai"
lang = "zh"
title = "较强冷空气来袭 全国多地开启“抖抖抖”模式"
published = datetime(2019, 11, 25, 2, 37, 31, tzinfo=UTC)  # 2019-11-25 10:37:31 Asia/Shanghai
