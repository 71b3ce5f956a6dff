"""A political news site's feature: the <h1>, 'By Malcolm Harris | January 14, 2015' (a day) under it; no date or author metadata, no canonical link.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/talkingpointsmemo.com1.html (MIT).
"""

from datetime import date

url = "http://talkingpointsmemo.com/ts/why-is-america-ignoring-kurdish-freedom-movement"
timezone = "America/New_York"
lang = "en"
title = "The Small Miracle You Haven't Heard About Amid the Carnage in Syria"
published = date(2015, 1, 14)
authors = ["Malcolm Harris"]
