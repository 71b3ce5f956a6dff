"""A post on a hosted blogging platform (HEY World): the author's name and 'February 5, 2026' above the
headline; og:title only, no declared date or author.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/world.hey.com/clankers-with-claws/raw.html (MIT).
"""

from datetime import date

url = "https://world.hey.com/dhh/clankers-with-claws-9f86fa71"
timezone = "Europe/Copenhagen"
lang = "en"
title = "Clankers with claws"
published = date(2026, 2, 5)  # 'February 5, 2026'
authors = ["David Heinemeier Hansson"]
