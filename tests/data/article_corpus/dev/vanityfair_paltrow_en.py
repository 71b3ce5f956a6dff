"""A magazine's Hollywood blog: the headline's <h1> then 'by Julie Miller January 14, 2015 2:51 pm' (no zone named: the day; the <time datetime> is 19:51 UTC), two more <h1>s after it for sidebars ('Latest Stories', 'Most Popular Hollywood'); a photo credit 'By Kevin Mazur/WireImage.' under the picture.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/vanityfair.com1.html (MIT).
"""

from datetime import date

url = "http://www.vanityfair.com/vf-hollywood/2015/01/gwyneth-paltrow-brad-pitt-ben-affleck-break-ups"
timezone = "America/New_York"
lang = "en"
title = "Gwyneth Paltrow Explains Her Breakups with Brad Pitt and Ben Affleck"
published = date(2015, 1, 14)
authors = ["Julie Miller"]
