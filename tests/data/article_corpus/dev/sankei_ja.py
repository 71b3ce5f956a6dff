"""'2025/1/21 20:50' and the author link '大渡 美咲' under the headline (Tokyo time); <meta name="dc.date"> gives the day, dc.creator the author.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/jp/SankeiShimbun_2025_01_21.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.sankei.com/article/20250121-QBJP5I25BBIG5IZ76XZNDHDB5Q/"
timezone = "Asia/Tokyo"
lang = "ja"
title = "小笠原諸島の警察無線「不感地帯」解消 以前は電波を探し警察官が往復 住民から安堵の声"
published = datetime(2025, 1, 21, 11, 50, tzinfo=UTC)  # 2025/1/21 20:50 Asia/Tokyo
authors = ["大渡 美咲"]
