"""'Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018' (Kansas); no byline: not scored.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/3ce1c8fdf6ad2ded9e48a68be71eb069fc453ef1b75f47698428a1fdda0deb24.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.catchitkansas.com/content/news/Friday-State-Swim-Results-474349633.html"
timezone = "America/Chicago"
lang = "en"
title = "2018 Boys State Swim Results"
published = datetime(2018, 2, 17, 0, 45, tzinfo=UTC)  # 2018-02-16 18:45 America/Chicago
