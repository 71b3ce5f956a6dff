"""'By Megan Rowe meganr@spokesman.com(509) 459-5382' 'Published: Nov. 19, 2019, 6:18 p.m.' (Spokane; the JSON-LD writes that clock without a zone). The first <h1> is the logo; the sidebar's begin with 'UPDATED:' and times of other stories.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/c13b9c0e04fb28d445d22e92bff6ab7f7800a429930677c28c4dad89f3269869.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.spokesman.com/stories/2019/nov/19/meth-were-on-it-spokane-ad-agencies-divided-on-sou/"
timezone = "America/Los_Angeles"
lang = "en"
title = "‘Meth. We’re on it.’: Spokane ad agencies divided on South Dakota’s viral campaign"
published = datetime(2019, 11, 20, 2, 18, tzinfo=UTC)
authors = ["Megan Rowe"]
