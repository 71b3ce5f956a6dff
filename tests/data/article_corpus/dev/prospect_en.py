"""'By Duncan Bell January 19, 2017 February 2017' (the issue): a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.prospectmagazine.co.uk.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.prospectmagazine.co.uk/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.prospectmagazine.co.uk/magazine/anglosphere-old-dream-brexit-role-in-the-world"
timezone = "Europe/London"
lang = "en"
title = "The Anglosphere: new enthusiasm for an old dream"
published = date(2017, 1, 19)
authors = ["Duncan Bell"]
