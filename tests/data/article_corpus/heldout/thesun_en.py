"""'Debbie White 18 Nov 2019, 19:09 Updated: 18 Nov 2019, 19:11'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.thesun.co.uk/news/10371941/hunter-diagnosed-bubonic-plague-eating-rabbit-third-beijing-local-contract-medieval-disease/"
timezone = "Europe/London"
lang = "en-GB"
title = "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract medieval disease"
published = datetime(2019, 11, 18, 19, 9, tzinfo=UTC)  # 2019-11-18 19:09 Europe/London
authors = ["Debbie White"]
