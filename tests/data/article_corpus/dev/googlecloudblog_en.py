"""Headline in an <h2> (no <h1>; the blog's name is another <h2>); 'Thursday, September 29, 2016' and 'Posted by Brian Stevens, Vice President, Google Cloud'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/googleblog/input.html (MIT).
"""

from datetime import date

url = "https://cloudplatform.googleblog.com/2016/09/Google-Cloud-Platform-sets-a-course-for-new-horizons.html"
timezone = "America/Los_Angeles"
lang = "en"
title = "Google Cloud Platform sets a course for new horizons"
published = date(2016, 9, 29)
authors = ["Brian Stevens"]
