"""'Jacqui Housden January 28, 2025 11:30 am (Updated 11:54 am)' (London time); the NewsArticle's datePublished is 11:30, the WebPage's and article:published_time 02:39 (the first version's).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/uk/iNews_2025_01_28.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://inews.co.uk/news/environment/just-stop-oil-activists-disrupt-west-end-play-as-sigourney-weaver-performs-3504901"
timezone = "Europe/London"
lang = "en-US"
title = "Two arrested after Just Stop Oil protest at Sigourney Weaver West End play"
published = datetime(2025, 1, 28, 11, 30, tzinfo=UTC)  # 2025-01-28 11:30 Europe/London
authors = ["Jacqui Housden"]
