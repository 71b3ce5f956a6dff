"""'新华社 2020-01-03 18:13' under the <h1 class=news_title>; no embedded metadata. No author scored: an agency (新华社).

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/thepaper/3.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://www.thepaper.cn/newsDetail_forward_5420361"
timezone = "Asia/Shanghai"
lang = "zh"
title = "新年伊始，习近平的重要文章谈了啥？"
published = datetime(2020, 1, 3, 10, 13, tzinfo=UTC)  # 2020-01-03 18:13 Asia/Shanghai
