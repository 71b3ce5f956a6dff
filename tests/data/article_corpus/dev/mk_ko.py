"""Maeil Business Newspaper (mk.co.kr): the headline is an <h2 class="news_ttl">, the page's <h1>s are the site's name ('매일 경제') and '기사 상세'; og:title adds ' - 매일경제'. The byline lists four reporters, each '이름 기자' and an address, then '입력 : 2025-06-04 02:37:08' (Seoul time); <meta name="byl"> 'By 배윤경,이상현,한수진,김혜진'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/kr/MBN_2025_06_03.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.mk.co.kr/news/politics/11333783"
timezone = "Asia/Seoul"
lang = "ko"
title = "‘흙수저’ 소년공이 쏘아올린 정치 신화"
published = datetime(2025, 6, 3, 17, 37, tzinfo=UTC)  # 2025-06-04 02:37 Asia/Seoul
authors = ["배윤경", "이상현", "한수진", "김혜진"]
