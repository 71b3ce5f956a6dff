"""'Julia Carrie Wong and Sam Levin Tue 29 Nov 2016 15.26 EST First published on Tue 29 Nov 2016 07.46 EST': the first publication (postlight/parser's 20:26 UTC is the update).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.theguardian.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.theguardian.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation"
timezone = "Europe/London"
lang = "en"
title = "Standing Rock protesters hold out against extraordinary police violence"
published = datetime(2016, 11, 29, 12, 46, tzinfo=UTC)  # 2016-11-29 07:46 America/New_York
authors = ["Julia Carrie Wong", "Sam Levin"]
