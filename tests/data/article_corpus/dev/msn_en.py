"""'Tech Insider Alex Perry 1 day ago': a relative date, not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/msn/source.html (Apache-2.0).
"""

url = "http://www.businessinsider.com/super-mario-run-december-15-2016-11"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Nintendo's first iPhone game will launch in December for $10"
authors = ["Alex Perry"]
