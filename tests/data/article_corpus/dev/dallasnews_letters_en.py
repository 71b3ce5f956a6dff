"""A paper's letters blog: the <h1>, 'Letters to the Editor' (a desk, not scored), 'Published: December 24, 2014 12:02 pm' (no zone named: the day; the <time datetime> marks the same 12:02 UTC). og:site_name is the blog's name.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/dallasnews.com1.html (MIT).
"""

from datetime import date

url = "http://letterstotheeditorblog.dallasnews.com/2014/12/kindhearted-police-with-holiday-spirit.html/"
timezone = "America/Chicago"
lang = "en"
title = "Kindhearted police with holiday spirit"
published = date(2014, 12, 24)
