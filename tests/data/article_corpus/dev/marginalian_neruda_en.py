"""A literary blog (WordPress): four sidebar and newsletter <h1>s ('Archives', 'books etc.', …) besides
the headline's <h1 class="entry-title">; 'By Maria Popova' under it. No date is shown on the page (only
the address and article:published_time carry it): no date scored.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/www.themarginalian.org/neruda-time/raw.html (MIT).
"""

url = "https://www.themarginalian.org/2026/03/03/neruda-time/"
timezone = "America/New_York"
lang = "en"
title = "Pablo Neruda on How to Hold Time"
authors = ["Maria Popova"]
