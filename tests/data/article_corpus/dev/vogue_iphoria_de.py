"""A fashion magazine's beauty blog (German): the <h1> is the blog's name ('Beauty Blog'), the headline is an <h2 class="headline"> after 'Beauty Blog 29 Mai 2013' (a day, the month without a dot after the day); the sidebar before it lists other blogs' posts with '09. Dezember 2014, 18:16'-style dates. <meta name=author> 'VOGUE' (the site), no byline: authors not scored. og:title writes 'Iphonehülle' otherwise than the <h2>.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/vogue.de1.html (MIT).
"""

from datetime import date

url = "http://www.vogue.de/beauty/beauty-blog/lieblingsstueck-die-iphone-huelle-von-iphoria"
timezone = "Europe/Berlin"
lang = "de"
title = "Lieblingsstück: die iPhone-Hülle von Iphoria"
also_titles = ["Lieblingsstück: die Iphonehülle von Iphoria"]
published = date(2013, 5, 29)
