"""'By David K. Li and Doha Madani' and 'Jan. 5, 2021, 9:23 PM UTC / Updated Jan. 6, 2021, 12:34 AM UTC' (the <time datetime> is the update's).

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/nbcnews/input.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.nbcnews.com/news/us-news/no-charges-filed-against-kenosha-officers-jacob-blake-shooting-n1252739"
timezone = "America/New_York"
lang = "en"
title = "No charges filed against Kenosha officers in Jacob Blake shooting"
published = datetime(2021, 1, 5, 21, 23, tzinfo=UTC)  # 2021-01-05 21:23 UTC as the page names it
authors = ["David K. Li", "Doha Madani"]
