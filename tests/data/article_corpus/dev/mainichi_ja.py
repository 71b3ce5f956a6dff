"""'松岡大地 … 毎日新聞 2025/1/14 21:17（最終更新 1/14 21:17）' (Tokyo time; the update in parentheses); og:title and JSON-LD's headline add the paper's name; other articles' cards show relative times ('1時間前').

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/jp/MainichiShimbun_2025_01_14.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://mainichi.jp/articles/20250114/k00/00m/030/335000c"
timezone = "Asia/Tokyo"
lang = "ja"
title = "イスラエルとハマスの停戦「最も合意に近い」 最終案に双方同意か"
published = datetime(2025, 1, 14, 12, 17, tzinfo=UTC)  # 2025-01-14 21:17 Asia/Tokyo
authors = ["松岡大地"]
