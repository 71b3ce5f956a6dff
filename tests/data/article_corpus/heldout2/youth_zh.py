"""The headline after the breadcrumb; '发稿时间：2017-03-10 08:42:00 来源： 人民日报海外版' (a time in a zone the page does not name: the day; the source is a newspaper, no byline: the <meta name="author"> '青网校园崔宁宁' is not shown, not scored). The saved page has no canonical address: the article's, from its share links.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/youth/source.html (Apache-2.0).
"""

from datetime import date

url = "http://edu.youth.cn/jyzx/jyxw/201703/t20170310_9260562.htm"
timezone = "Asia/Shanghai"
lang = "zh"
title = "海外留学生看两会：出国前后关注点大不同"
published = date(2017, 3, 10)
