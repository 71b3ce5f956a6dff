"""A Drupal page without embedded metadata but og:title: the tags' links, then 'CHQ Staff | 10/17/18' (a two-digit year, month first). No author scored: the site's staff.

Page: alan-turing-institute/ReadabiliPy @ 947b229a90030588c77a98c2186d796693453d4c : tests/data/conservativehq.com-1_full_page.html (MIT).
"""

from datetime import date

url = "http://www.conservativehq.com/article/28949-beware-soross-rented-evangelicals"
timezone = "America/New_York"
lang = "en"
title = 'Beware Soros\'s "Rented Evangelicals"'
published = date(2018, 10, 17)
