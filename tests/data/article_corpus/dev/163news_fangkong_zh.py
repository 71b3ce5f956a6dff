"""'2020-02-29 18:34:31 来源: 新华社' under the <h1>. No author scored: the source is an agency (新华社), article:author the portal (网易). The file declares no charset (UTF-8).

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/163/8.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://news.163.com/20/0229/18/F6ISIFBD0001899O.html"
timezone = "Asia/Shanghai"
lang = "zh"
title = "国务院联防联控机制:湖北和武汉要严格管控防输出"
published = datetime(2020, 2, 29, 10, 34, 31, tzinfo=UTC)  # 2020-02-29 18:34:31 Asia/Shanghai
