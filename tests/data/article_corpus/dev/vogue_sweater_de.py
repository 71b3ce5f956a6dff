"""A fashion magazine's story (German): the <h1> 'Die Redaktion zeigt ihre Christmas Sweater', then '24. Dezember 2014' and the kicker 'Weihnachten'; og:title, the JSON-LD headline and the <title> join kicker and headline ('Weihnachten: Die Redaktion…', counted). <meta name=author> 'VOGUE' (the site), no byline: not scored. A sidebar of other posts with dates comes before the headline.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/vogue.de2.html (MIT).
"""

from datetime import date

url = "http://www.vogue.de/mode/mode-trends/weihnachten-die-redaktion-zeigt-ihre-christmas-sweater"
timezone = "Europe/Berlin"
lang = "de"
title = "Die Redaktion zeigt ihre Christmas Sweater"
also_titles = ["Weihnachten: Die Redaktion zeigt ihre Christmas Sweater"]
published = date(2014, 12, 24)
