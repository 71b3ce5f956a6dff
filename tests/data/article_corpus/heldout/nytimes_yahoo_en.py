"""'Deal Professor By STEVEN DAVIDOFF SOLOMON JULY 29, 2016' (the <time> element's datetime is a later revision).

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/nytimes-2/source.html (Apache-2.0).
"""

from datetime import date

url = "https://www.nytimes.com/2016/07/30/business/dealbook/yahoos-sale-to-verizon-leaves-shareholders-with-little-say.html"
timezone = "America/New_York"
lang = "en"
title = "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say"
published = date(2016, 7, 29)
authors = ["Steven Davidoff Solomon"]
