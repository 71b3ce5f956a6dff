"""The <h1>; the <title> is another headline ('Zsa Zsa Gabor's Palm Springs home is for sale — see inside'). 'Dec. 22, 2016, 3:36 PM UTC / Source: Zillow' and 'By Melissa Allison'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.today.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.today.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "https://www.today.com/home/zsa-zsa-gabor-s-palm-springs-home-sale-see-inside-t106323"
timezone = "America/New_York"
lang = "en"
title = "Take a tour inside Zsa Zsa Gabor's former Palm Springs retreat — it's for sale!"
published = datetime(2016, 12, 22, 15, 36, tzinfo=UTC)  # 2016-12-22 15:36 UTC
authors = ["Melissa Allison"]
