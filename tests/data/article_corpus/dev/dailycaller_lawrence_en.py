"""A political news site's sports post: two logo <h1>s ('DailyCaller') before the headline's <h1> (og:title the same; the <title> is an SEO variant, 'Jennifer Lawrence Shows Up At The Louisville-Kentucky Game'), '4:44 PM 12/27/2014' (no zone named: the day is scored), the author box 'Christian Datoc Sports Editor'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/dailycaller.com2.html (MIT).
"""

from datetime import date

url = "http://dailycaller.com/2014/12/27/jennifer-lawrence-made-an-appearance-at-the-louisville-kentucky-flop-fest-video/"
timezone = "America/New_York"
lang = "en-US"
title = "Jennifer Lawrence Made An Appearance At The Louisville-Kentucky Flop Fest [VIDEO]"
published = date(2014, 12, 27)
authors = ["Christian Datoc"]
