"""'Dan Evon Published 18 November 2019'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/8380689f358c1e3a0f6fca6e11ed13e5304a74060139f7a584347db213950446.html.gz (MIT).
"""

from datetime import date

url = "https://www.snopes.com/fact-check/marie-yovanovitch-net-worth/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Does Marie Yovanovitch Have a Net Worth of $17 Million?"
published = date(2019, 11, 18)
authors = ["Dan Evon"]
