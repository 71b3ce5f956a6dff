"""Chinese state broadcaster's news page: '来源：央视财经 | 2020年08月03日 07:16' under the <h1>; at the end '编辑：郭倩 责任编辑：刘亮' (editors, not a byline: authors not scored; <meta name=author> names the first). No `lang`, no JSON-LD.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/zh/html/news-cctv-ARTI6wNyfAmZU6pd8NQHtmf6200803.html (no licence stated).
"""

from datetime import UTC, datetime

url = "http://news.cctv.com/2020/08/03/ARTI6wNyfAmZU6pd8NQHtmf6200803.shtml"
timezone = "Asia/Shanghai"
lang = "zh"
title = "最新！上半年GDP十强排位出炉，这两座城市亮了！"
published = datetime(2020, 8, 2, 23, 16, tzinfo=UTC)
