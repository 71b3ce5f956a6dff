"""'by Joanne Carew Contributing writer'; the dateline under the headline reads 'Sep 5, 2025' (JSON-LD datePublished is 2025-09-01, dateModified 2025-09-05, <meta name=date> 'September 5, 2025'): the page's day is kept.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/cio/input.html (MIT).
"""

from datetime import date

url = "https://www.cio.com/article/4049199/the-partnership-enabling-pegasystems-to-maximize-open-source-potential.html"
timezone = "America/New_York"
lang = "en"
title = "The partnership enabling Pegasystems to maximize open-source potential"
published = date(2025, 9, 5)
authors = ["Joanne Carew"]
