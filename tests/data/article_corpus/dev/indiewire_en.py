"""'David Ehrlich Nov 13, 2019 4:26 pm @davidehrlich' (New York: 21:26 UTC, as article:published_time says). The <title> is a search headline. article:author is his page's address.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.indiewire.com/2019/11/mary-steenburgen-jessie-buckley-wild-rose-glasgow-best-original-song-1202189233/"
timezone = "America/New_York"
lang = "en"
title = "The Wild Story of How Mary Steenburgen Wrote the Best Original Movie Song of the Year"
published = datetime(2019, 11, 13, 21, 26, tzinfo=UTC)
authors = ["David Ehrlich"]
