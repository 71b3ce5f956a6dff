"""'By April Roach @aprilroach28 Daniel O'Mahony 01 October 2020': a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/standard.co.uk.caribbean.html (Apache-2.0).
"""

from datetime import date

url = "https://www.standard.co.uk/news/uk/turkey-poland-caribbean-islands-added-to-uk-quarantine-list-a4561256.html"
timezone = "Europe/London"
lang = "en"
title = "Turkey, Poland and three Caribbean islands added to UK quarantine list"
published = date(2020, 10, 1)
authors = ["April Roach", "Daniel O'Mahony"]
