"""A business channel's small-business site: the <h1>, 'By Gail Gardner Published December 16, 2014 AllBusiness.com' (a day; the <time datetime> and DC.date.issued give 11:45 Eastern). Microdata datePublished values of related stories (2015-01-02…) come first on the page.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/foxbusiness.com1.html (MIT).
"""

from datetime import date

url = "http://smallbusiness.foxbusiness.com/marketing-sales/2014/12/16/7-powerful-ways-to-convert-neutral-traffic-into-paying-customers/"
timezone = "America/New_York"
lang = "en"
title = "7 Powerful Ways to Convert Neutral Traffic into Paying Customers"
published = date(2014, 12, 16)
authors = ["Gail Gardner"]
