"""'by Lucas Nolan 22 Dec 2016': a day only.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/breitbart/source.html (Apache-2.0).
"""

from datetime import date

url = "http://www.breitbart.com/tech/2016/12/22/neutral-snopes-fact-checker-david-emery-un-angry-trump-supporters/"
timezone = "America/New_York"
lang = "en"
title = "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'"
published = date(2016, 12, 22)
authors = ["Lucas Nolan"]
