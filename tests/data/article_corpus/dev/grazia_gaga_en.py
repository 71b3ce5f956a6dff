"""A British fashion weekly's site: the <h1> (og:title the same; the <title> an SEO variant, 'Lady Gaga Selfies For Shiseido campaign | Beauty | Grazia Daily'), 'By Jessica Vince - 29 December 2014 Digital Editor' (a day; the role after it). og:site_name 'Grazia_Live'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/graziadaily.co.uk1.html (MIT).
"""

from datetime import date

url = "http://www.graziadaily.co.uk/2014/12/lady-gaga-shiseido-campaign"
timezone = "Europe/London"
lang = "en"
title = "Lady Gaga Took 50 Selfies For New Shiseido Campaign"
published = date(2014, 12, 29)
authors = ["Jessica Vince"]
