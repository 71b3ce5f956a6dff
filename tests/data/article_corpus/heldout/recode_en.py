"""'By April Glaser Dec 15, 2016, 1:55pm EST'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.recode.net.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.recode.net/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://www.recode.net/2016/12/15/13971502/fcc-tom-wheeler-departure-net-neutrality-death-trump-layton"
timezone = "America/New_York"
lang = "en"
title = "FCC chairman Tom Wheeler’s departure is the death knell for net neutrality"
published = datetime(2016, 12, 15, 18, 55, tzinfo=UTC)  # 2016-12-15 13:55 America/New_York
authors = ["April Glaser"]
