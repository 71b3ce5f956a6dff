"""'By Leah Prinzivalli | December 17th, 2014' (a day only) under the headline and its subtitle; og:title and twitter:title carry the site's name.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/youbeauty.com1.html (MIT).
"""

from datetime import date

url = "http://youbeauty.com/skin/our-favorite-pop-culture-nail-art"
timezone = "America/New_York"
lang = "en"
title = "5 Pop Culture Nail Decals & The Totally Appropriate Places to Wear Them"
published = date(2014, 12, 17)
authors = ["Leah Prinzivalli"]
