"""'2019年11月25日 16:04:30来源：澎湃新闻网' under the <h1>, and the article opens with the byline '澎湃新闻记者 段彦超 廖艳' in a <strong>: two names after the paper's title for reporters. Only og:time carries the date (no zone).

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/ifeng/1.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://news.ifeng.com/c/7rtKNyg6PU9"
timezone = "Asia/Shanghai"
lang = "zh"
title = "女童眼睛被塞几十片纸，“无法用科学解释”"
published = datetime(2019, 11, 25, 8, 4, 30, tzinfo=UTC)  # 2019-11-25 16:04:30 Asia/Shanghai
authors = ["段彦超", "廖艳"]
