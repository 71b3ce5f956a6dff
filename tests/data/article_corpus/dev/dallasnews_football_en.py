"""A paper's opinion blog: the <h1>, 'Sharon Grigsby Follow @SharonFGrigsby Email …', 'Published: December 11, 2014 7:18 am' (no zone named: the day; the <time datetime> marks 07:18 UTC). The <title> adds ' | Dallas Morning News'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/dallasnews.com2.html (MIT).
"""

from datetime import date

url = "http://dallasmorningviewsblog.dallasnews.com/2014/12/footballs-growing-caste-system-as-more-parents-say-no.html/"
timezone = "America/Chicago"
lang = "en"
title = "Football’s caste system will continue to grow as more parents say no"
published = date(2014, 12, 11)
authors = ["Sharon Grigsby"]
