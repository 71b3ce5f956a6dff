"""'2023-11-17 15:13' under the headline. No author scored: <meta name="author"> and the foot of the text name the editor ('【责任编辑：严玉洁】'), not a writer (newspaper4k's metadata has no authors either).

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/chinese_article_001.html (MIT).
"""

from datetime import UTC, datetime

url = "https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html"
timezone = "Asia/Shanghai"
lang = "zh"
title = "外国专家：中美合作共赢符合国际社会利益"
published = datetime(2023, 11, 17, 7, 13, tzinfo=UTC)
