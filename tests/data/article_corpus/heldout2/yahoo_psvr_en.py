"""'Ben Silverman Games Editor Yahoo Finance October 13, 2016' under the <h1>: a day.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/yahoo-1/source.html (Apache-2.0).
"""

from datetime import date

url = "http://finance.yahoo.com/news/best-psvr-games-170003443.html"
timezone = "America/New_York"
lang = "en-US"
title = "These are the 8 coolest PlayStation VR games"
published = date(2016, 10, 13)
authors = ["Ben Silverman"]
