"""A Norwegian Blogger blog (2012): no <h1>; the day header 'torsdag 23. februar 2012' (an <h2 class="date-header">, weekday and month in Norwegian), the title 'SAFTSENTRIFUGE' in an <h3 class="post-title"> (capitals as written), 'Lagt inn av Renate' at the end (microdata author); no <html lang>, no og: metadata.

Page: buriy/python-readability @ b220919186d0db2a006bbabb910b602056b3f51a : tests/samples/too-many-images.sample.html (Apache-2.0).
"""

from datetime import date

url = "http://melposen.blogspot.com/2012/02/saftsentrifuge.html"
timezone = "Europe/Oslo"
lang = "no"
title = "SAFTSENTRIFUGE"
published = date(2012, 2, 23)
authors = ["Renate"]
