"""'Published Thursday 27 July 2017', 'By Ana Sandoiu'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/medicalnewstoday/source.html (Apache-2.0).
"""

from datetime import date

url = "https://www.medicalnewstoday.com/articles/318674.php"
timezone = "Europe/London"
lang = "en"
title = "How does the brain turn unconscious information into conscious thought?"
published = date(2017, 7, 27)
authors = ["Ana Sandoiu"]
