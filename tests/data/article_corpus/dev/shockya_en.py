"""No <h1> and no embedded metadata: the headline is the page's only article <h2>, after the tags line; the page shows no byline and no date (the address's day is not shown): only the title is scored.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/shockya.html (Apache-2.0).
"""

url = "http://www.shockya.com/news/2011/01/30/daily-shock-jonathan-knight-of-new-kids-on-the-block-publicly-reveals-hes-gay/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Daily Shock: Jonathan Knight of New Kids On The Block Publicly Reveals He's Gay"
