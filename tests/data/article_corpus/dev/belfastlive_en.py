"""'By Connor Lynch 08:44, 3 NOV 2023 Updated 08:47, 3 NOV 2023' (a time in a zone the page does not name: the day). og:title is a shorter social headline: it counts too.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/belfastlive.co.uk-DUP.html (Apache-2.0).
"""

from datetime import date

url = "https://www.belfastlive.co.uk/news/belfast-news/dup-councillor-says-offensive-signs-28035373"
timezone = "Europe/London"
lang = "en"
title = "DUP councillor says offensive signs in Belvoir show a 'community pushed to its limits'"
also_titles = ["DUP councillor says signs in Belfast show a 'community pushed to its limits'"]
published = date(2023, 11, 3)
authors = ["Connor Lynch"]
