"""A link blog's quotation post: the only <h1> is the blog's name, the post's title is the <title> and
og:title ('A quote from Donald Knuth'); the quoted man is named in the <cite> ('— Donald Knuth'), the
poster in <meta name="author"> and 'This is a quotation collected by Simon Willison, posted on 3rd March
2026.'; 'Posted 3rd March 2026 at 11:59 pm' in no named zone: the day is scored.

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/simonwillison.net/donald-knuth/raw.html (MIT).
"""

from datetime import date

url = "https://simonwillison.net/2026/Mar/3/donald-knuth/"
timezone = "America/Los_Angeles"
lang = "en"
title = "A quote from Donald Knuth"
published = date(2026, 3, 3)  # 'Posted 3rd March 2026 at 11:59 pm'
authors = ["Simon Willison"]
