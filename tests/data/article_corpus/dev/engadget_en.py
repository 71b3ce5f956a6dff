"""'Devindra Hardawar, @devindra 11.03.17': a day only.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/engadget/source.html (Apache-2.0).
"""

from datetime import date

url = "https://www.engadget.com/2017/11/03/xbox-one-x-review/"
timezone = "America/New_York"
lang = "en"
title = "Xbox One X review: A console that keeps up with gaming PCs"
published = date(2017, 11, 3)
authors = ["Devindra Hardawar"]
