"""A fact check: 'November 18, 2019' (a day). No byline: the JSON-LD's Person 'The Russian and Syrian defense ministries' is the claim's source (shown as 'statement-author'), not the writer.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/1ee91d1fce65e09be8b8d2d29eab771546d98ca2ba5c862941e660e9fec12432.html.gz (MIT).
"""

from datetime import date

url = "https://www.polygraph.info/a/fact-check-russia-us-al-tanf-rukban/30279001.html"
timezone = "America/New_York"
lang = "en"
title = "Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return"
published = date(2019, 11, 18)
