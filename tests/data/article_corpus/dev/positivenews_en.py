"""'Words by Robin Eveleigh' 'November 2, 2023' (a day). The JSON-LD has no headline; its author is a Yoast @id reference.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/positive.news-week.html (Apache-2.0).
"""

from datetime import date

url = "https://www.positive.news/society/good-news-stories-from-week-44-of-2023/"
timezone = "Europe/London"
lang = "en"
title = "What went right this week: the good news you should know about"
published = date(2023, 11, 2)
authors = ["Robin Eveleigh"]
