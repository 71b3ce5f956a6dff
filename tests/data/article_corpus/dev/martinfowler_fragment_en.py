"""A personal site's dated note: 'Martin Fowler: 25 Feb 2026' under the <h1>; og:title only, no
declared date or author.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/martinfowler.com/fragment-2026-02-25/raw.html (MIT).
"""

from datetime import date

url = "https://martinfowler.com/fragments/2026-02-25.html"
timezone = "America/New_York"
lang = "en"
title = "Fragments: February 25"
published = date(2026, 2, 25)  # '25 Feb 2026'
authors = ["Martin Fowler"]
