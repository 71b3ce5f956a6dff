"""'By Tess Bonn - 11/19/19 06:56 AM EST'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://thehill.com/homenews/news/471033-south-dakota-governor-doubles-down-on-meth-were-on-it-anti-drug-campaign"
timezone = "America/New_York"
lang = "en"
title = "South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign"
published = datetime(2019, 11, 19, 11, 56, tzinfo=UTC)  # 2019-11-19 06:56 America/New_York
authors = ["Tess Bonn"]
