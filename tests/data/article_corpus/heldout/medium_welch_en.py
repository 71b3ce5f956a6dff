"""'John C. Welch Follow Oct 15, 2015 · 18 min read'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/medium-3/source.html (Apache-2.0).
"""

from datetime import date

url = "https://medium.com/@johncwelch/samantha-and-the-great-big-lie-d146a92473a1"
timezone = "UTC"
lang = "en"
title = "Samantha and The Great Big Lie"
published = date(2015, 10, 15)
authors = ["John C. Welch"]
