"""'By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT'. og:title carries ' - VG247'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/63db31a161b3c5b64e88c2978635cbc38d342ba82fd2c5335321203dcc55c76f.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.vg247.com/2019/11/20/star-wars-jedi-fallen-order-pc-review/"
timezone = "Europe/London"
lang = "en"
title = "Star Wars Jedi: Fallen Order review – shoots for the moon, lands among the stars"
published = datetime(2019, 11, 20, 8, 5, tzinfo=UTC)
authors = ["Sherif Saed"]
