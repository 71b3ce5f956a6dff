"""A WeChat official account's post: the headline in h2.rich_media_title (no <h1>, no embedded metadata), '2015-07-27' then the account's name (the publication, not a byline: authors not scored).

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/weixin.qq.com.html (Apache-2.0).
"""

from datetime import date

url = (
    "http://mp.weixin.qq.com/s?__biz=MzA4MTQ0Njc2Nw==&mid=207614885&idx=4&sn=eda80bb13406fb31cb25f70d12e6e7dc"
)
timezone = "Asia/Shanghai"
lang = "zh"
title = "缺少IT支持成跨境电商发展阻力 云计算或成突破工具"
published = date(2015, 7, 27)
