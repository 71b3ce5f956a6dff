"""A broadcaster's Latino site: the <h1>, 'Published December 23, 2014 Fox News Latino' (no byline: the site's name only, not scored); the microdata datePublished values (2014-11-20, 11-18…) are related stories'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/foxnews.com2.html (MIT).
"""

from datetime import date

url = "http://latino.foxnews.com/latino/news/2014/12/23/teen-desperate-for-baby-kills-8-month-pregnant-woman-and-unborn-child-in-mexico/"
timezone = "America/New_York"
lang = "en"
title = "Teen desperate for a baby kills woman who was 8 months pregnant, cuts out baby"
published = date(2014, 12, 23)
