"""Banyuetan: the <title> joins the site's name with an unspaced hyphen ('…-半月谈'). '2020-01-02 17:11 来源：半月谈网' (Beijing time, without a zone; og:release_date the same, <meta name="publishdate"> the day). The source is the site: no byline. htmldate's day 2020-01-02.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/banyuetan.org.1000200033136171577956287380194268_1.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.banyuetan.org/jmcs/detail/20200102/1000200033136171577956287380194268_1.html"
timezone = "Asia/Shanghai"
lang = "zh"
title = "益阳：“数字”是优长"
published = datetime(2020, 1, 2, 9, 11, tzinfo=UTC)
