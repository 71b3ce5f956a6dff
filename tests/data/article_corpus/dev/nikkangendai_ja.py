"""og:title and <title> end in '｜日刊ゲンダイDIGITAL' (a full-width bar). '公開日：2025/01/31 11:30 更新日：2025/01/31 11:30' (Tokyo time; <meta name="published_at"> the same without a zone, <time datetime> '2025-01-31 11:30:00'). No byline: authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/jp/NikkanGeadai_2025_01_31.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.nikkan-gendai.com/articles/view/sports/367061"
timezone = "Asia/Tokyo"
lang = "ja"
title = 'フジテレビ問題でスポーツ界にも大激震！協賛企業"総スカン"で各競技団体のビジネスモデル完全崩壊へ'
published = datetime(2025, 1, 31, 2, 30, tzinfo=UTC)
