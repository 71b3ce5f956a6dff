"""'von Stefan Beiersmann am 29. Mai 2017 , 14:14 Uhr'; the comments below have bylines and dates of their own ('Am 29. Mai 2017 um 14:38 von Hugo'). article:author is his Facebook address.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/zdnet.de.facebook.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.zdnet.de/88298335/facebook-wehrt-sich-gegen-maas-gesetz/"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Facebook wehrt sich gegen Maas-Gesetz"
published = datetime(2017, 5, 29, 12, 14, tzinfo=UTC)
authors = ["Stefan Beiersmann"]
