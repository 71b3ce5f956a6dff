"""A Chinese news portal's republished theory piece (2020): the headline <h1> twice (a share bar's and the article's), then '2020-07-04 12:10:24', '来源：求是网', '作者：陈海峰', '责任编辑：陈海峰' on lines of their own (source, author label, editor label) and '2020年07月04日 12:10 来源：求是网'. <meta name="author" content="chinanews"> names the site.

Page: Gerapy/GerapyAutoExtractor @ d65ddd09d4714db4615ea0d522829b20ca7805e5 : samples/detail/china_news1.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.chinanews.com/ll/2020/07-04/9229287.shtml"
timezone = "Asia/Shanghai"
lang = "zh"
title = "【中国稳健前行】坚定实施扩大内需战略"
published = datetime(2020, 7, 4, 4, 10, 24, tzinfo=UTC)  # 2020-07-04 12:10:24 Asia/Shanghai
authors = ["陈海峰"]
