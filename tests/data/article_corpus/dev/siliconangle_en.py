"""'by Kyt Dotson | May 16, 2016 | 0 comments'; no embedded date or author.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/silicon-angle/input.html (MIT).
"""

from datetime import date

url = "http://siliconangle.com/blog/2016/05/16/circleci-receives-18-million-in-series-b-funding-round-with-scale-venture-partners/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "CircleCI receives $18 million in Series B funding round with Scale Venture Partners"
published = date(2016, 5, 16)
authors = ["Kyt Dotson"]
