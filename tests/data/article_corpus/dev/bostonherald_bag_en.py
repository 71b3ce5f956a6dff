"""A city paper's gift guide item: the first <h1> is the section's ('Sports Items'), the headline is the second; 'Tuesday, December 16, 2014' (the microdata and article:published_time give 22:25 Eastern), 'By: Sean Griffin'. No og:title; the <title> is the section's 'Sports Items | Boston Herald'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/bostonherald.com2.html (MIT).
"""

from datetime import date

url = "http://www.bostonherald.com/gift_guide/sports_items/2014/12/chrome_industries_mini_buran_laptop_messenger_bag_is_meant_to_last"
timezone = "America/New_York"
lang = "en"
title = "Chrome Industries' Mini Buran laptop messenger bag is meant to last"
published = date(2014, 12, 16)
authors = ["Sean Griffin"]
