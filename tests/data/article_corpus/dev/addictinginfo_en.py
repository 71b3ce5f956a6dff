"""'By Conover Kennard on October 15, 2018 12:13 pm': a time in no named zone (its <time datetime> marks it +00:00), so the day is scored; the datePublished <meta> is the day alone; article:author is a Facebook page.

Page: alan-turing-institute/ReadabiliPy @ 947b229a90030588c77a98c2186d796693453d4c : tests/data/addictinginfo.com-1_full_page.html (MIT).
"""

from datetime import date

url = "http://addictinginfo.com/2018/10/15/trump-denies-charitable-donation-he-promised-if-elizabeth-warren-releases-dna-results-and-its-on-video/"
timezone = "America/New_York"
lang = "en-US"
title = (
    "Trump Denies Charitable Donation He Promised If Elizabeth Warren Releases DNA Results And It’s On Video"
)
published = date(2018, 10, 15)
authors = ["Conover Kennard"]
