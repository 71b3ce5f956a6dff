"""'By Jane Slaughter on Thu, Nov 9, 2023 at 4:00 am' (a time in a zone the page does not name: the day). The JSON-LD datePublished '2023-11-09T04:00:00' has no zone (the local time).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/metrotimes.com-Mezcal.html (Apache-2.0).
"""

from datetime import date

url = "https://www.metrotimes.com/food-drink/detroits-mezcal-restaurant-goes-beyond-familiar-mexican-fare-34565910"
timezone = "America/Detroit"
lang = "en"
title = "Detroit’s Mezcal restaurant goes beyond familiar Mexican fare"
published = date(2023, 11, 9)
authors = ["Jane Slaughter"]
