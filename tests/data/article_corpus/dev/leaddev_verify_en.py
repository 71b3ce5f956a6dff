"""A trade magazine (WordPress, Yoast): 'By Chris Stokel-Walker' and 'March 03, 2026' in the hero; a
scheduled post: its dateModified (2026-03-02T19:19) is before its datePublished (2026-03-03T08:47).

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/leaddev.com/you-cant-verify-all-the-ai-generated-code/raw.html (MIT).
"""

from datetime import date

url = "https://leaddev.com/ai/you-cant-verify-all-the-ai-generated-code"
timezone = "Europe/London"
lang = "en"
title = "You can’t verify all the AI-generated code"
published = date(2026, 3, 3)  # 'March 03, 2026'
authors = ["Chris Stokel-Walker"]
