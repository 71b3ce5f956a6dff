"""'2019年09月11日01:53 新浪科技' under the <h1> (article:published_time agrees). No author scored: the byline is the desk (新浪科技, also article:author).

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/sina/4.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://tech.sina.com.cn/t/2019-09-11/doc-iicezzrq4972166.shtml"
timezone = "Asia/Shanghai"
lang = "zh"
title = "苹果发布新iPhone 11：64GB售5499元 256GB售6799元"
published = datetime(2019, 9, 10, 17, 53, tzinfo=UTC)  # 2019-09-11 01:53 Asia/Shanghai
