"""'by Lucas Mearian Senior Reporter'; the dateline reads 'Sep 3, 2025' (JSON-LD datePublished 2025-09-02T18:01-04:00, dateModified 2025-09-05, <meta name=date> 'September 3, 2025'): the page's day is kept.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/computerworld/input.html (MIT).
"""

from datetime import date

url = "https://www.computerworld.com/article/4049928/top-ai-certifications-that-will-get-you-hired-and-promoted.html"
timezone = "America/New_York"
lang = "en"
title = "Here are the top AI certifications that will get you hired and promoted"
published = date(2025, 9, 3)
authors = ["Lucas Mearian"]
