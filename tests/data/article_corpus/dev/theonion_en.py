"""A satirical paper's brief: an empty <h1> before the headline's, 'News in Brief • parents • dating • Lifestyle • ISSUE 51•02 • Jan 14, 2015' under it (the issue's day); no byline. The <title> adds " | The Onion - America's Finest News Source".

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/theonion.com1.html (MIT).
"""

from datetime import date

url = "http://www.theonion.com/articles/womans-parents-accepting-of-mixedattractiveness-re,37765/"
timezone = "America/Chicago"
lang = "en"
title = "Woman’s Parents Accepting Of Mixed-Attractiveness Relationship"
published = date(2015, 1, 14)
