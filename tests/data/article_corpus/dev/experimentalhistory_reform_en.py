"""A newsletter on a hosted platform (Substack, own domain): the publication's name in the first <h1>,
the post's headline in the second, section titles in later <h1>s; 'Adam Mastroianni' and 'Mar 03, 2026'
in the byline; JSON-LD NewsArticle with an author array; other posts' <time>s in the footer.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/www.experimental-history.com/the-one-science-reform-we-can-all/raw.html (MIT).
"""

from datetime import date

url = "https://www.experimental-history.com/p/the-one-science-reform-we-can-all"
timezone = "America/New_York"
lang = "en"
title = "The one science reform we can all agree on, but we're too cowardly to do"
published = date(2026, 3, 3)  # 'Mar 03, 2026'
authors = ["Adam Mastroianni"]
