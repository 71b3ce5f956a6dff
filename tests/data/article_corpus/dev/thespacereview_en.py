"""'by Jeff Foust Monday, November 18, 2019'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4.html.gz (MIT).
"""

from datetime import date

url = "https://www.thespacereview.com/article/3834/1"
timezone = "America/New_York"
lang = "en"
title = "Seeking a bigger role for a big rocket"
published = date(2019, 11, 18)
authors = ["Jeff Foust"]
