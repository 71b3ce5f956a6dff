"""A cooking site's post: the <h1>, then the series' name 'Reader Kitchen Remodel' beside it (og:title and <title> join the two with an em dash written twice-encoded, 'â\x80\x94'); the author's mini-bio 'Kristin Appenbrink Kristin is a contributing editor…' then '12.18.14 10:00AM' (month first, two-digit year, no zone named: the day; the <time datetime> gives 10:00 -0500).

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/thekitchn.com1.html (MIT).
"""

from datetime import date

url = "http://www.thekitchn.com/before-after-the-details-make-a-difference-reader-kitchen-remodel-214061"
timezone = "America/New_York"
lang = "en"
title = "Before & After: Replacing Tiny Details in This Kitchen Made a Big Difference"
also_titles = [
    "Before & After: Replacing Tiny Details in This Kitchen Made a Big Difference — Reader Kitchen Remodel"
]
published = date(2014, 12, 18)
authors = ["Kristin Appenbrink"]
