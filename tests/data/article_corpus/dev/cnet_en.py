"""'January 18, 2017 11:00 PM PST'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/cnet/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.cnet.com/news/zuckerberg-offers-peek-at-facebooks-acquisition-strategies/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Zuckerberg offers peek at Facebook's acquisition strategies"
published = datetime(2017, 1, 19, 7, 0, tzinfo=UTC)  # 2017-01-18 23:00 America/Los_Angeles
authors = ["Steven Musil"]
