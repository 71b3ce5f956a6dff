"""'January 17, 2017 at 6:08 PM ET by Kori Schulman'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/obamawhitehouse.archives.gov.html (MIT OR Apache-2.0). Its test
src/extractors/custom/obamawhitehouse.archives.gov/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "https://obamawhitehouse.archives.gov/blog/2017/01/17/obama-administration-digital-transition-moving-forward"
timezone = "America/New_York"
lang = "en"
title = "The Obama Administration Digital Transition: Moving Forward"
published = datetime(2017, 1, 17, 23, 8, tzinfo=UTC)  # 2017-01-17 18:08 America/New_York
authors = ["Kori Schulman"]
