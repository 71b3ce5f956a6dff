"""'By Gini Dietrich | Posted: January 8, 2015' under the headline (a 'Posted:' label before the day).

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/prdaily.html (Apache-2.0).
"""

from datetime import date

url = "http://www.prdaily.com/Main/Articles/7_PR_blogs_worth_reading_17870.aspx"
timezone = "America/Chicago"
lang = "en"
title = "7 PR blogs worth reading"
published = date(2015, 1, 8)
authors = ["Gini Dietrich"]
