"""'Barbie Latza Nadeau' and '12.16.14' (a day only) under the headline.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/thedailybeast.com1.html (MIT).
"""

from datetime import date

url = "http://www.thedailybeast.com/articles/2014/12/16/the-vatican-s-rare-nod-to-american-nuns.html"
timezone = "America/New_York"
lang = "en"
title = "The Vatican’s Rare Nod to American Nuns"
published = date(2014, 12, 16)
authors = ["Barbie Latza Nadeau"]
