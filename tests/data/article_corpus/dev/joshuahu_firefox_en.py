"""A personal blog (Jekyll): 'Published on March 4th , 2026 by Joshua Rogers' under the <h1>; a list of
related posts, each with its <time>, below the text. The site declares its times at midnight UTC
(article:published_time, JSON-LD 2026-03-04T00:00:00+00:00) and names no zone of its own: the day is scored.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/joshua.hu/firefox-making-right-click-not-suck/raw.html (MIT).
"""

from datetime import date

url = "https://joshua.hu/firefox-making-right-click-not-suck"
timezone = "UTC"
lang = "en"
title = "Making Firefox's right-click not suck with about:config"
published = date(2026, 3, 4)  # 'March 4th , 2026'
authors = ["Joshua Rogers"]
