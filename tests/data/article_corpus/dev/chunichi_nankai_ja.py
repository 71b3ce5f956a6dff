"""A Nagoya daily (Japanese): the section '社会', the <h1> (two clauses joined by a space; og:title and the <title> an ideographic space and '：中日新聞Web'), '2025年1月14日 01時28分 (1月14日 01時40分更新)' (Tokyo time, the publication then the update in parentheses); no byline.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/jp/ChunichiShimbun_2025_01_13.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.chunichi.co.jp/article/1011185"
timezone = "Asia/Tokyo"
lang = "ja"
title = "南海トラフ、一時調査 巨大地震、基準達せず"
published = datetime(2025, 1, 13, 16, 28, tzinfo=UTC)
