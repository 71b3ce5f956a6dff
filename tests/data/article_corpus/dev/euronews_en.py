"""'Published on 30/04/2024 - 16:38' (Lyon time, as the metadata's +02:00 says); og:title is a shorter social headline. The byline is a desk's ('By Euronews with Agencies'): authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/uk/EuronewsEN_2024_04_30.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.euronews.com/2024/04/30/swedish-police-to-investigate-reports-of-information-leaks-to-violent-gangs"
timezone = "Europe/Paris"
lang = "en"
title = "Swedish police to investigate reports of information leaks to violent gangs"
also_titles = ["Swedish police to investigate reports of leaks to violent gangs"]
published = datetime(2024, 4, 30, 14, 38, tzinfo=UTC)  # 2024-04-30 16:38 Europe/Paris
