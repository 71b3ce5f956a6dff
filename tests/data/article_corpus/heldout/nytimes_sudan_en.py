"""'By JEFFREY GETTLEMAN JAN. 13, 2017'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/nytimes-1/source.html (Apache-2.0).
"""

from datetime import date

url = "https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html"
timezone = "America/New_York"
lang = "en"
title = "United States to Lift Sudan Sanctions"
published = date(2017, 1, 13)
authors = ["Jeffrey Gettleman"]
