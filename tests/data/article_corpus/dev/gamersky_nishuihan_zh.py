"""The mobile page: '2019-09-05 11:10 游民星空[整理]' under the <h1>; the <time> elements are related stories' days; Baidu's cambrian JSON-LD carries a pubDate. No author scored: the byline is the site's ('compiled by').

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/gamersky/gamersky.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://ol.gamersky.com/news/201909/1220000.shtml"
timezone = "Asia/Shanghai"
lang = "zh"
title = "逆水寒再按照这个速度研发下去 应该马上就要收到律师函了！"
published = datetime(2019, 9, 5, 3, 10, tzinfo=UTC)  # 2019-09-05 11:10 Asia/Shanghai
