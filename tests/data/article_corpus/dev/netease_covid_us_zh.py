"""A Chinese portal's story (2020) saved with no charset declared (UTF-8 bytes): '2020-07-04 01:55:04　来源: 央视新闻客户端' under the headline <h1>; article:published_time agrees (+08:00). Only an editor ('责任编辑：化成雨_NBJ11143') at the foot and the site as <meta name="author">: no byline, not scored.

Page: Gerapy/GerapyAutoExtractor @ d65ddd09d4714db4615ea0d522829b20ca7805e5 : samples/detail/netease_news1.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://news.163.com/20/0704/01/FGLHEVF80001899O.html"
timezone = "Asia/Shanghai"
lang = "zh"
title = "美国新冠肺炎确诊病例超278万例 死亡129227例"
published = datetime(2020, 7, 3, 17, 55, 4, tzinfo=UTC)  # 2020-07-04 01:55:04 Asia/Shanghai
