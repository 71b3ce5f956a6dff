"""'By Scott Gordon' 'Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019'. The JSON-LD's datePublished is written as in an e-mail ('Mon, 18 Nov 2019 16:07:38 -0600'). og:title is a shorter headline (counted too).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/51d066b0602c9421d8d6410bc4b931700978409a3faa2a984e8fbde519ad7241.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.nbcdfw.com/news/local/We-Got-Her-Video-Shows-Dramatic-Rescue-of-Kidnapped-Fort-Worth-Girl-565107452.html"
timezone = "America/Chicago"
lang = "en"
title = "'We Got Her!': Video Shows Dramatic Rescue of Kidnapped Fort Worth Girl"
also_titles = ["'We Got Her!': Video Shows Dramatic Rescue of Kidnapped Girl"]
published = datetime(2019, 11, 18, 22, 7, tzinfo=UTC)
authors = ["Scott Gordon"]
