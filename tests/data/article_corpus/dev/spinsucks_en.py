"""'By: Gini Dietrich | December 9, 2014 | 48' under the headline (a 'By:' label, a comment count after the date).

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/spinsucks.html (Apache-2.0).
"""

from datetime import date

url = "http://spinsucks.com/communication/2015-communications-trends/"
timezone = "America/Chicago"
lang = "en"
title = "The Five Communications Trends for 2015"
published = date(2014, 12, 9)
authors = ["Gini Dietrich"]
