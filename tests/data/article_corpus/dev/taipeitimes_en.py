"""'Wed, Oct 16, 2024 page1' above the headline (a print edition's day); the byline 'AFP, MANILA' is an agency and a place: authors not scored. og:title adds ' - Taipei Times'; JSON-LD's author is the paper's Chinese name (台北時報), an Organization.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/tw/TaipeiTimes_2024_10_15.html.gz (MIT).
"""

from datetime import date

url = "https://www.taipeitimes.com/News/front/archives/2024/10/16/2003825372"
timezone = "Asia/Taipei"
lang = "en"
title = "US, Manila launch war games after PRC’s Taiwan drills"
published = date(2024, 10, 16)
