"""'11/19/2019' (a day), 'Lars Brandle'. The <title> is a search headline ('… Set 2020 Tour …').

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/9cb8224b660f36c932823ab613fb76a07928fcbc41956c4c1f96f4ecab9202aa.html.gz (MIT).
"""

from datetime import date

url = "https://www.billboard.com/articles/news/8544119/doobie-brothers-reunite-50th-anniversary-tour-north-america-2020"
timezone = "America/New_York"
lang = "en"
title = "The Doobie Brothers Set 50th Anniversary Tour of North America"
published = date(2019, 11, 19)
authors = ["Lars Brandle"]
