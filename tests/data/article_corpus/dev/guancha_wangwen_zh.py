"""No <h1>: the headline is the first <h3>; under it the columnist's linked name '王文', '2019-09-07 09:25:09', '来源：观察者网' and '最后更新: 2019-09-07 09:27:48' (an update, which Baidu's cambrian JSON-LD pubDate carries, with no zone). The author <meta> is a template's placeholder ('name, email@gmail.com'). The article opens '【文/观察者网专栏作者 王文】'.

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/guancha/guancha.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://www.guancha.cn/WangWen/2019_09_07_516891.shtml"
timezone = "Asia/Shanghai"
lang = "zh"
title = "王文：中美贸易“持久战”，中国人的斗志被激发"
published = datetime(2019, 9, 7, 1, 25, 9, tzinfo=UTC)  # 2019-09-07 09:25:09 Asia/Shanghai
authors = ["王文"]
