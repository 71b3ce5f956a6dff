"""'2019-09-26 10:56:28 证券时报网' under the <h1>; no embedded metadata. The bytes are UTF-8 under a gb2312 <meta> (GeneralNewsExtractor re-saved the page); noticed at the first read, the expectation unchanged. No author scored: the source is another paper's site; the foot names an editor's code ('责任编辑： HN666').

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/hexun/1.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://stock.hexun.com/2019-09-26/198678130.html"
timezone = "Asia/Shanghai"
lang = "zh"
title = "交通运输部：着力打造京津冀区域综合立体交通网络"
published = datetime(2019, 9, 26, 2, 56, 28, tzinfo=UTC)  # 2019-09-26 10:56:28 Asia/Shanghai
