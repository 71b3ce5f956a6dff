"""'Monday November 18, 2019 7:45 am PST by Joe Rossignol'; the other '… hours ago on iOS Blog' bylines are other stories'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/232a43fb15abde807427b2a7bf4f772e27b8760554370956d8291df4e8166dbf.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.macrumors.com/2019/11/18/13-inch-macbook-pro-scissor-keyboard-2020/"
timezone = "America/Los_Angeles"
lang = "en"
title = "13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020"
published = datetime(2019, 11, 18, 15, 45, tzinfo=UTC)  # 2019-11-18 07:45 America/Los_Angeles
authors = ["Joe Rossignol"]
