"""'澎湃新闻记者 贺梨萍 2020-06-06 10:08 来源：澎湃新闻' under the <h1>, the byline's name after the paper's title for reporter; the article opens with the same byline. No embedded metadata.

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/thepaper/5.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://www.thepaper.cn/newsDetail_forward_7732983"
timezone = "Asia/Shanghai"
lang = "zh"
title = "柳叶刀：味觉嗅觉丧失是新冠感染最强预测指标，优于发烧咳嗽"
published = datetime(2020, 6, 6, 2, 8, tzinfo=UTC)  # 2020-06-06 10:08 Asia/Shanghai
authors = ["贺梨萍"]
