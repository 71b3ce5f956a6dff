"""'By Lia Eustachewich and Yaron Steinbuch', 'November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://nypost.com/2019/11/19/three-taliban-prisoners-flown-to-qatar-for-hostage-swap/"
timezone = "America/New_York"
lang = "en"
title = "Taliban say they freed US, Australian hostages for 3 terrorist figures"
published = datetime(2019, 11, 19, 9, 20, tzinfo=UTC)  # 2019-11-19 04:20 America/New_York
authors = ["Lia Eustachewich", "Yaron Steinbuch"]
