"""'por César Salza 1 de diciembre de 2017 3:00 AM PST'. The <h1> and readability's title differ: both count.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/cnet-svg-classes/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.cnet.com/es/noticias/twitter-lite-america-latina/"
timezone = "America/Los_Angeles"
lang = "es"
title = "Twitter Lite se estrena en 11 países de América Latina"
also_titles = ["Twitter Lite se estrena en México, Venezuela y otros nueve países"]
published = datetime(2017, 12, 1, 11, 0, tzinfo=UTC)  # 2017-12-01 03:00 America/Los_Angeles
authors = ["César Salza"]
