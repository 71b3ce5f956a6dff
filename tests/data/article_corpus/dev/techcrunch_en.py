"""'Catherine Shu @catherineshu / 2 days' (a relative date: not scored). og:title carries ' – TechCrunch'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/1ace8c85aaee21b9d4505eca506d50c4721c29db62848b567a9703bfe0583892.html.gz (MIT).
"""

url = "https://techcrunch.com/2019/11/18/new-york-state-attorney-general-reportedly-investigating-wework/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "New York State Attorney General reportedly investigating WeWork"
authors = ["Catherine Shu"]
