"""'2020-10-04 20:30 来源: 长江网' under the <h1 class=art-title>; an <h2> breadcrumb before it. No embedded metadata. No author scored: the source is the site; the reporter is named only inside the lead ('（记者陈智 整合）').

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/cjn/1.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "http://news.cjn.cn/sywh/202010/t3714581.htm"
timezone = "Asia/Shanghai"
lang = "zh"
title = "外媒眼中的武汉长假：蓬勃发展，欢声笑语"
published = datetime(2020, 10, 4, 12, 30, tzinfo=UTC)  # 2020-10-04 20:30 Asia/Shanghai
