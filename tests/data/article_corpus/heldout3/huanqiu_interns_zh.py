"""Chinese portal page of 2016, saved by the Wayback Machine: no <h1>; the headline, then '来源：新华网 作者：温素霞 2016-08-19 17:00'. Declared lang=en.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpworldhuanqiucomhot2016089334639html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://world.huanqiu.com/hot/2016-08/9334639.html"
timezone = "Asia/Shanghai"
lang = "zh"
title = "日本调查：三千余家日企剥削外国实习生"
published = datetime(2016, 8, 19, 9, 0, tzinfo=UTC)
authors = ["温素霞"]
