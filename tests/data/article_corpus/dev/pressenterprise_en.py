"""A regional paper: the <h1> (a place in capitals as its kicker, kept: it is in the <h1> and og:title), 'BY SARAH BURGE / STAFF WRITER Published: Jan. 14, 2015 Updated: 4:49 p.m.' (the day of publication; the time shown is the update's); sailthru.date '2015-01-14 15:07:20' in no zone. The name is written in capitals everywhere.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/pe.com1.html (MIT).
"""

from datetime import date

url = "http://www.pe.com/articles/perris-758171-police-exchange.html"
timezone = "America/Los_Angeles"
lang = "en"
title = "PERRIS: Woman ordered hit on father of her child, police say"
published = date(2015, 1, 14)
authors = ["SARAH BURGE"]
