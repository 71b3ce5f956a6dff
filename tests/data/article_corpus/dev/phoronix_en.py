"""'Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT' (postlight/parser has 12:34 UTC, 08:34 AM: the page's words are kept).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.phoronix.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.phoronix.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "https://www.phoronix.com/scan.php?page=news_item&px=Steam-May-2019-Numbers"
timezone = "America/New_York"
lang = "en"
title = "Steam's Linux Marketshare Ticks Up Ever So Slightly For May"
published = datetime(2019, 6, 2, 0, 34, tzinfo=UTC)  # 2019-06-01 20:34 America/New_York
authors = ["Michael Larabel"]
