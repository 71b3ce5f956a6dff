"""'By Jamie Brassington 07:34, 3 NOV 2023 Updated 09:52, 3 NOV 2023' (a time in a zone the page does not name: the day). og:title is another social headline: it counts too.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/birminghammail.co.uk-48-hour.html (Apache-2.0).
"""

from datetime import date

url = "https://www.birminghammail.co.uk/black-country/48-hour-order-walsall-after-28036293"
timezone = "Europe/London"
lang = "en"
title = "48-hour order in Walsall after trouble flares and police cars 'pelted with bricks'"
also_titles = ["Yob dispersal order after police cars 'pelted with bricks' and trouble flares"]
published = date(2023, 11, 3)
authors = ["Jamie Brassington"]
