"""'October 9, 2018 at 9:40 am'; no byline: not scored.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/e7301133baab43596f19076beab32096f6405b868e0a69bcfc3349e595d62475.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "http://www.theparadigmng.com/2018/10/09/saraki-melaye-ben-bruce-drag-igp-idris-court-demand-n500m/"
timezone = "Africa/Lagos"
lang = "en"
title = "Saraki, Melaye, Ben Bruce Drag IGP Idris to Court, Demand N500m"
published = datetime(2018, 10, 9, 8, 40, tzinfo=UTC)  # 2018-10-09 09:40 Africa/Lagos
