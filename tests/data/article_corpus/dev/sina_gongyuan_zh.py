"""The headline is the second <h1> (the first is the channel logo's '新闻中心'); '2019年11月25日 18:57 参考消息' under it (article:published_time agrees; weibo: article:update_at 20:36 is an update). No author scored: the source is a paper (参考消息, also article:author); the foot names the editor ('责任编辑：张迪').

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/sina/1.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://news.sina.com.cn/c/2019-11-25/doc-iihnzahi3275702.shtml"
timezone = "Asia/Shanghai"
lang = "zh"
title = "中国人习以为常的地方 为何老外却说“了不得”？"
published = datetime(2019, 11, 25, 10, 57, tzinfo=UTC)  # 2019-11-25 18:57 Asia/Shanghai
