"""'posted on April 21, 2015, at 11:29 a.m.' in a zone the page does not name (converted by script): the day is scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/buzzfeed-1/source.html (Apache-2.0).
"""

from datetime import date

url = "http://www.buzzfeed.com/markdistefano/diet-pills-burns-up"
timezone = "America/New_York"
lang = "en"
title = "Student Dies After Diet Pills She Bought Online “Burned Her Up From Within”"
published = date(2015, 4, 21)
authors = ["Mark Di Stefano"]
