"""Israel Nachrichten (German): og:title is given twice, once with the site's name in three languages. No dateline under the headline: 'Von israel news am 21/02/2021' at the foot (article:published_time the same day, without a time); the byline is the site's: authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/il/IsraelNachrichten_2025_04_16.html.gz (MIT).
"""

from datetime import date

url = "https://www.israel-nachrichten.org/archive/63076"
timezone = "Asia/Jerusalem"
lang = "de"
title = "Bennett: „Ich bin nicht PM Netanyahus punching Ball“"
published = date(2021, 2, 21)
