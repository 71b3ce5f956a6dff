"""A magazine's daily newsletter issue ('The Download: …'): 'By Niall Firth' and 'March 3, 2026' under
the <h1>; a list of popular stories with their bylines beside it.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/www.technologyreview.com/the-download-lightning-openai-pentagon/raw.html (MIT).
"""

from datetime import date

url = "https://www.technologyreview.com/2026/03/03/1133900/the-download-the-startup-that-says-it-can-stop-lightning-and-inside-openais-pentagon-deal/"
timezone = "America/New_York"
lang = "en"
title = "The Download: The startup that says it can stop lightning, and inside OpenAI’s Pentagon deal"
published = date(2026, 3, 3)  # 'March 3, 2026'
authors = ["Niall Firth"]
