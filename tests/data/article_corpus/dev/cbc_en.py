"""'Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago' (postlight/parser's 16:20 UTC is the update).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.cbc.ca.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.cbc.ca/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "https://www.cbc.ca/news/business/crea-september-numbers-1.6616369"
timezone = "America/Toronto"
lang = "en"
title = "Housing market slowdown continues with sales and average prices well down from last year"
published = datetime(2022, 10, 14, 13, 27, tzinfo=UTC)  # 2022-10-14 09:27 America/Toronto
authors = ["Pete Evans"]
