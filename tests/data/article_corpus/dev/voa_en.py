"""'April 28, 2024 3:00 AM' (Eastern time, as its <time>'s offset says) and the place 'AUBURN, Wash. —'. The author is an agency (<meta name=author> 'Associated Press'): authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/us/VoiceOfAmerica_2024_04_28.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.voanews.com/a/america-s-child-care-crisis-is-holding-back-moms-without-college-degrees-/7585813.html"
timezone = "America/New_York"
lang = "en"
title = "America's child care crisis is holding back moms without college degrees"
published = datetime(2024, 4, 28, 7, 0, tzinfo=UTC)  # 2024-04-28 03:00 America/New_York
