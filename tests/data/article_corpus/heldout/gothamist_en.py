"""'by Nathan Tempey Published March 9, 2017': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/gothamist.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/gothamist.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://gothamist.com/2017/03/09/fallout_shelters_nyc.php"
timezone = "America/New_York"
lang = "en"
title = "Helter Shelter: NYC's Fallout Shelters Basically Don't Exist Anymore"
published = date(2017, 3, 9)
authors = ["Nathan Tempey"]
