"""A magazine's news story: 'By James O'Donnell' and 'March 2, 2026' under the <h1>; og:title with
typographic quotes, twitter:title with them as entities, the <title> with single quotes and the
site's name after a bar; JSON-LD author and creator.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/www.technologyreview.com/openais-compromise-with-the-pentagon/raw.html (MIT).
"""

from datetime import date

url = "https://www.technologyreview.com/2026/03/02/1133850/openais-compromise-with-the-pentagon-is-what-anthropic-feared/"
timezone = "America/New_York"
lang = "en"
title = "OpenAI’s “compromise” with the Pentagon is what Anthropic feared"
published = date(2026, 3, 2)  # 'March 2, 2026'
authors = ["James O'Donnell"]
