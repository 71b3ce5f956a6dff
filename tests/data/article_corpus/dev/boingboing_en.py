"""'Cory Doctorow / 10:08 am Fri Jul 19, 2013' (a time in a zone the page does not name: the day).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/boingboing.net.millenials.html (Apache-2.0).
"""

from datetime import date

url = "https://boingboing.net/2013/07/19/hating-millennials-the-preju.html"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Hating Millennials - the prejudice you're allowed to boast about"
published = date(2013, 7, 19)
authors = ["Cory Doctorow"]
