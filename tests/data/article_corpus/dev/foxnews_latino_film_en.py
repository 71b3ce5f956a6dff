"""A broadcaster's Latino site: the <h1>, 'By Lucia I. Suarez Published December 29, 2014 Fox News Latino' (a day; its <time datetime> gives 16:00 Eastern). The microdata datePublished values on the page (2014-11-20, 11-18…) are the related stories' and the dc.date is the day; <title> adds ' | Fox News Latino'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/foxnews.com1.html (MIT).
"""

from datetime import date

url = "http://latino.foxnews.com/latino/entertainment/2014/12/29/how-oscar-isaac-and-jessica-chastain-went-about-bringing-to-life-most-violent/"
timezone = "America/New_York"
lang = "en"
title = "How Oscar Isaac and Jessica Chastain went about bringing to life 'A Most Violent Year'"
published = date(2014, 12, 29)
authors = ["Lucia I. Suarez"]
