"""'Trevor Daugherty - Nov. 18th 2019 8:54 am PT'. og:title and <title> are a search headline ('MacBook sale at Amazon from $700, AirPods, more - 9to5Mac': counted too, without the site). The JSON-LD author is a Yoast @id reference.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/ad826691a8a2f9c4ce50cf0b885af933c4b5119c1f6235cd7df1dfb83f255bcc.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://9to5mac.com/2019/11/18/macbook-deals-airpods-more/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Amazon discounts MacBooks from $700, AirPods 2 with wireless case $150, ecobee deals, more"
also_titles = ["MacBook sale at Amazon from $700, AirPods, more"]
published = datetime(2019, 11, 18, 16, 54, tzinfo=UTC)
authors = ["Trevor Daugherty"]
