"""'By TPN, in News ... 31 Jan 2025, 20:02' under the standfirst (Lisbon time, UTC in winter): the byline is the paper's initials, authors not scored; <meta name="author"> is empty.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/pt/ThePortugalNews_2025_02_03.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.theportugalnews.com/news/2025-01-31/portugal-emerges-as-a-french-alps-real-estate-investment/95254"
timezone = "Europe/Lisbon"
lang = "en"
title = "Portugal emerges as a French Alps real estate investment"
published = datetime(2025, 1, 31, 20, 2, tzinfo=UTC)  # 31 Jan 2025, 20:02 Europe/Lisbon
