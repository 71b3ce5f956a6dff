"""'发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星' under the <h1>: the author after '作者' with no space, at the end of a line of counts. The author <meta> is the site (CSDN.NET).

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/csdn/1.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "http://www.csdn.net/article/2014-08-24/2821349-KnownSec-KconV3"
timezone = "Asia/Shanghai"
lang = "zh"
title = "第三届知道安全论坛鸟巢举办 知道创宇发布新版ZoomEye"
published = datetime(2014, 8, 24, 13, 30, tzinfo=UTC)  # 2014-08-24 21:30 Asia/Shanghai
authors = ["魏星"]
