"""'2017-03-10 09:58 来源：网易科学人'; '作者：' is empty and 责任编辑 (the editor) is not the author: author not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/gmw/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://tech.gmw.cn/"
timezone = "Asia/Shanghai"
lang = "zh"
title = "宇航员在太空中喝酒会怎么样？后果很严重"
published = datetime(2017, 3, 10, 1, 58, tzinfo=UTC)  # 2017-03-10 09:58 Asia/Shanghai
