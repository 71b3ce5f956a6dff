"""Lebanon's LBCI in Arabic: the <h1> quotes its first words, og:title does not; the <title> ends in ' - Lebanon News'. '2026-01-08 | 12:42' under the headline, while datePublished says 11:42:50 UTC (13:42 in Beirut): the time shown is in no zone the page names, the day only is scored. No byline: authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/lb/LBCGroup_2026_01_08.html.gz (MIT).
"""

from datetime import date

url = "https://www.lbcgroup.tv/news/lifestyle/898682/lbci-lebanon-articles/ar"
timezone = "Asia/Beirut"
lang = "ar"
title = '"شعر وردي يُشعل السخرية"… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب'
also_titles = ["شعر وردي يُشعل السخرية… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب"]
published = date(2026, 1, 8)
