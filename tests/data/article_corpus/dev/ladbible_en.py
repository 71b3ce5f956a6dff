"""'Stewart Perrie Published 22:00, 11 July 2021 BST'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.ladbible.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.ladbible.com/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "https://www.ladbible.com/news/latest-aussie-government-sparks-fury-over-graphic-and-confronting-covid-19-ad-20210711"
timezone = "Europe/London"
lang = "en"
title = "Aussie Government Sparks Fury Over 'Graphic' And Confronting Covid-19 Ad"
published = datetime(2021, 7, 11, 21, 0, tzinfo=UTC)  # 2021-07-11 22:00 Europe/London
authors = ["Stewart Perrie"]
