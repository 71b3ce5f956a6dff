"""A men's magazine's fashion slideshow: the <h1> 'Going Gray' (og:title the same; the <title> adds ': Perfect Wardrobe :  Details'), a standfirst, 'Photographs by Robert Nethery Friday, August 01, 2014' (a day; the only credit is the photographer's, with stylists' after: no writer's byline, not scored).

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/details.com2.html (MIT).
"""

from datetime import date

url = "http://www.details.com/fashion-style/perfect-wardrobe/201408/gray-shirts-sweaters-pants-suits-coats-for-fall"
timezone = "America/New_York"
lang = "en"
title = "Going Gray"
published = date(2014, 8, 1)
