"""A women's magazine's beauty blog: '2014 Dec 29 11:29 AM Beauty By Shannon Farrell' above the <h1> (no zone named: the day; the <time datetime> marks 11:29 UTC); og:title adds ' - SELF'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/self.com1.html (MIT).
"""

from datetime import date

url = "http://www.self.com/flash/beauty-blog/2014/12/taylor-swift-headband/"
timezone = "America/New_York"
lang = "en-US"
title = "Headbands 101: Taylor Swift Taught a Master Class on the Subject"
published = date(2014, 12, 29)
authors = ["Shannon Farrell"]
