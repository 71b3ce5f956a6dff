"""'By Sage Lazzaro • 12/16/16 12:21pm' (New York time, postlight/parser's date_published agrees).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/observer.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/observer.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://observer.com/2016/12/archaeologists-just-discovered-a-2500-year-old-lost-city-atop-a-greek-mountain-peak/"
timezone = "America/New_York"
lang = "en"
title = "Archaeologists Just Discovered a 2,500-Year-Old Lost City Atop a Greek Mountain Peak"
published = datetime(2016, 12, 16, 17, 21, tzinfo=UTC)  # 2016-12-16 12:21 America/New_York
authors = ["Sage Lazzaro"]
