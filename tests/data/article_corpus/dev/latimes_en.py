"""'By Meg James Staff Writer Nov. 19, 2019 5:50 PM' (Pacific).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/098bb3e96c0acdf36efdcde45fb9cca3f8c82c7cb2071b76097a1b96155f1eb2.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.latimes.com/entertainment-arts/business/story/2019-11-19/disney-plus-kevin-mayer"
timezone = "America/Los_Angeles"
lang = "en"
title = "‘We had some issues,’ exec says on Disney+ glitches"
published = datetime(2019, 11, 20, 1, 50, tzinfo=UTC)  # 2019-11-19 17:50 America/Los_Angeles
authors = ["Meg James"]
