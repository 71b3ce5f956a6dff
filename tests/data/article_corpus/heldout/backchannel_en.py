"""Medium: 'Joseph Cox on Mar 27' without a year; the year (2015) is readability's expected publishedTime's.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/keep-images/source.html (Apache-2.0).
"""

from datetime import date

url = "https://medium.com/backchannel/inside-the-deep-web-drug-lab-9718cd0fe504"
timezone = "UTC"
lang = "en"
title = "Inside the Deep Web Drug Lab"
published = date(2015, 3, 27)
authors = ["Joseph Cox"]
