"""'By Scott Cunningham', '10.15.15' (month first).

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/iab-1/source.html (Apache-2.0).
"""

from datetime import date

url = "http://www.iab.com/news/lean"
timezone = "America/New_York"
lang = "en-US"
title = "Getting LEAN with Digital Ad UX"
published = date(2015, 10, 15)
authors = ["Scott Cunningham"]
