"""'Published November 20th, 2019 - 07:29 GMT'. No byline: the JSON-LD author is the Organization 'Al-Bawaba'. og:title carries ' | Al Bawaba'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.albawaba.com/news/world-community-lashes-out-us-no-longer-considering-israeli-settlements-illegal-1322354"
timezone = "Asia/Amman"
lang = "en"
title = "World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal"
published = datetime(2019, 11, 20, 7, 29, tzinfo=UTC)
