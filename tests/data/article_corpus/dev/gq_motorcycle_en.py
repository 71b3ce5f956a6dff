"""A men's magazine's blog post (2014): no <h1>; 'On June 17, 2014 at 7:00 AM' (no zone named: the day) above the headline's <h2 class="entry-title">, then 'BY Scott Christian'. article:published_time says 2009-09-02 (the blog's, not the post's); og:title and <title> add ': The Q: GQ'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/gq.com2.html (MIT).
"""

from datetime import date

url = "http://www.gq.com/blogs/the-feed/2014/06/motorcycle-bikes-gear-buying-guide.html"
timezone = "America/New_York"
lang = "en"
title = "Everything You Need to Know Before Buying a Motorcycle"
published = date(2014, 6, 17)
authors = ["Scott Christian"]
