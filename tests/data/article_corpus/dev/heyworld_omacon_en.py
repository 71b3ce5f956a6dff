"""A post on a hosted blogging platform (HEY World): the author's name and 'February 18, 2026' above the
headline; og:title only, no declared date or author.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/world.hey.com/omacon-comes-to-new-york/raw.html (MIT).
"""

from datetime import date

url = "https://world.hey.com/dhh/omacon-comes-to-new-york-e6ee93cb"
timezone = "Europe/Copenhagen"
lang = "en"
title = "Omacon comes to New York"
published = date(2026, 2, 18)  # 'February 18, 2026'
authors = ["David Heinemeier Hansson"]
