"""'20 Nov, 2019 05:47' in a zone the page does not name (the header's '12:03 GMT' is the site's clock): the day is scored. No byline: not scored.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a.html.gz (MIT).
"""

from datetime import date

url = "https://www.rt.com/news/473849-3-morales-supporters-killed-bolivia/"
timezone = "UTC"
lang = "en"
title = "‘He died in my hands’: 3 pro-Morales demonstrators killed in clashes with Bolivia’s police & soldiers near barricaded fuel plant"
published = date(2019, 11, 20)
