"""A Chinese portal's story from an agency (2019): '2019年02月20日 02:26:00' and '来源：中国新闻网' under the headline <h1>; the byline '作者：上官云 宋宇晟' (two names joined by a space) at the article's foot; og:time agrees with the dateline (no zone). Comment times below.

Page: Gerapy/GerapyAutoExtractor @ d65ddd09d4714db4615ea0d522829b20ca7805e5 : samples/detail/ifeng_news1.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://news.ifeng.com/c/7kQcQG2peWU"
timezone = "Asia/Shanghai"
lang = "zh"
title = "故宫，你低调点！故宫：不，实力已不允许我继续低调"
published = datetime(2019, 2, 19, 18, 26, tzinfo=UTC)  # 2019-02-20 02:26 Asia/Shanghai
authors = ["上官云", "宋宇晟"]
