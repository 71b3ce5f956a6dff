"""og:title ends in ' - Luxurious Magazine'; microdata declares a datePublished for each related post beside the article's, and <meta itemprop=dateModified> twenty times. 'June 5, 2019 by luxurious' (a day; the byline is the site's account, the text names its writer): authors not scored.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/luxuriousmagazine.com.polo.html (Apache-2.0).
"""

from datetime import date

url = "https://www.luxuriousmagazine.com/2019/06/royal-salute-polo-rome/"
timezone = "Europe/London"
lang = "en"
title = "A Royal Salute To Polo In Rome"
published = date(2019, 6, 5)
