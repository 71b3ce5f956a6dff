"""'By Oli Coleman … December 19, 2016 | 7:08pm' (New York time, postlight/parser's date_published agrees).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/pagesix.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/pagesix.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://pagesix.com/2016/12/19/sofia-vergara-and-nick-loebs-embryo-drama-taking-a-detour/"
timezone = "America/New_York"
lang = "en"
title = "Sofía Vergara and Nick Loeb’s embryo drama taking a detour"
published = datetime(2016, 12, 20, 0, 8, tzinfo=UTC)  # 2016-12-19 19:08 America/New_York
authors = ["Oli Coleman"]
