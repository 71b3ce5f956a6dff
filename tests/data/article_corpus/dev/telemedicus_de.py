"""Five <h1>s: the site's name (twice), the headline, 'Kommentare', 'Quellen'. 'Dienstag, 13. Mai 2014, von Dr. Sebastian Brüggemann' (a day; the <time itemprop=datePublished> holds 09:17+02:00). The byline carries an academic title: authors not scored.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/telemedicus.info.rezension.html (Apache-2.0).
"""

from datetime import date

url = "http://www.telemedicus.info/article/2766-Rezension-Haerting-Internetrecht,-5.-Auflage-2014.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Rezension: Härting - Internetrecht, 5. Auflage 2014"
published = date(2014, 5, 13)
