"""'24 July 2015'; no byline is shown (the publisher is not an author): author not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/bbc-1/source.html (Apache-2.0).
"""

from datetime import date

url = "http://www.bbc.com/news/world-us-canada-33646704"
timezone = "Europe/London"
lang = "en"
title = "Obama admits US gun laws are his 'biggest frustration'"
published = date(2015, 7, 24)
