"""A trade magazine's opinion column: 'by Nick Hodges' and 'Mar 4, 2026' in the hero (and <meta
name="date" content="March 4, 2026">); a scheduled post: its JSON-LD datePublished
(2026-03-03T22:26:57-08:00, the evening before) is when it was written, its dateModified
(2026-03-04T04:00:00-05:00) when it went out on the day shown.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/www.infoworld.com/an-ode-to-craftsmanship-in-software-development/raw.html (MIT).
"""

from datetime import date

url = "https://www.infoworld.com/article/4140156/an-ode-to-craftsmanship-in-software-development.html"
timezone = "America/New_York"
lang = "en"
title = "An ode to craftsmanship in software development"
published = date(2026, 3, 4)  # 'Mar 4, 2026'
authors = ["Nick Hodges"]
