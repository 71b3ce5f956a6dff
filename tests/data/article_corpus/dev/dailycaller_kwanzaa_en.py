"""A political news site's column: two logo <h1>s ('DailyCaller') before the headline's <h1>; '11:57 AM 12/25/2014' under it (a time in no zone the page names: the day is scored), then the author box 'Ann Coulter Political Commentator'. No date or author metadata; <title> adds ' | The Daily Caller'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/dailycaller.com1.html (MIT).
"""

from datetime import date

url = "http://dailycaller.com/2014/12/25/happy-kwanzaa-the-holiday-brought-to-you-by-the-fbi/"
timezone = "America/New_York"
lang = "en-US"
title = "Happy Kwanzaa! The Holiday Brought To You By The FBI"
published = date(2014, 12, 25)
authors = ["Ann Coulter"]
