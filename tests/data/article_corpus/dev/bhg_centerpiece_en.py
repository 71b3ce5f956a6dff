"""A home magazine's slideshow: the <h1>, a standfirst, 'By Kelly Roberson'; no date shown: not scored. <title> adds ' from Better Homes and Gardens'; two og:site_name elements.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/bhg.com1.html (MIT).
"""

url = "http://www.bhg.com/thanksgiving/indoor-decorating/centerpiece-and-tabletop-decoration-ideas-fall/"
timezone = "America/Chicago"
lang = "en"
title = "Centerpiece and Tabletop Decoration Ideas for Fall"
authors = ["Kelly Roberson"]
