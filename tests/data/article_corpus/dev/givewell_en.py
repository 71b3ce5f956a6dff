"""The first <h1> is the blog's name. 'September 10, 2018 | by Catherine'; the other names are comments'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/ac3c035520461017a7c5b248d8e39ef063cad4c0c7d7b7ecd68aff8f15099485.html.gz (MIT).
"""

from datetime import date

url = "https://blog.givewell.org/2018/09/10/september-2018-open-thread/#comment-949890"
timezone = "America/Los_Angeles"
lang = "en"
title = "September 2018 open thread"
published = date(2018, 9, 10)
authors = ["Catherine"]
