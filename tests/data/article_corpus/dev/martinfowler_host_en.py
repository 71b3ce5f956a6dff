"""A personal site's wiki-like entry (bliki): the <h1> 'Host Leadership', og:title with the section's
name before it ('bliki: Host Leadership'), '19 February 2026' and 'Martin Fowler' beside it.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/martinfowler.com/host-leadership/raw.html (MIT).
"""

from datetime import date

url = "https://martinfowler.com/bliki/HostLeadership.html"
timezone = "America/New_York"
lang = "en"
title = "Host Leadership"
published = date(2026, 2, 19)  # '19 February 2026'
authors = ["Martin Fowler"]
