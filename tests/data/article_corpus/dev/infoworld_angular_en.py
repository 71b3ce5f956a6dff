"""A trade magazine's news story: 'by Paul Krill', 'Editor at Large' and 'Mar 3, 2026' in the hero (and
<meta name="date" content="March 3, 2026">); the JSON-LD datePublished (2026-03-03T23:05:53-08:00) lies
after its dateModified (2026-03-03T19:27:02-05:00): its offset is not the time's.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/www.infoworld.com/angular-releases-patches-for-ssr-security-issues/raw.html (MIT).
"""

from datetime import date

url = "https://www.infoworld.com/article/4140166/angular-releases-patches-for-ssr-security-issues.html"
timezone = "America/New_York"
lang = "en"
title = "Angular releases patches for SSR security issues"
published = date(2026, 3, 3)  # 'Mar 3, 2026'
authors = ["Paul Krill"]
