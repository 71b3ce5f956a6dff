"""A Czech daily's car news (2017): the headline <h1>, '23.8.2017' under it (a day only: article:published_time's 09:05 is not shown), the byline 'Autor: Daniel Fuglevič' (a link) at the article's foot; <meta name="author"> agrees.

Page: hynky1999/CmonCrawl @ b9e414fa7210b57bc61b5d9304f4f5fe52bd71e4 : tests/sites/denikCZ/test_articles/cc_2019.html (MIT).
"""

from datetime import date

url = "https://www.denik.cz/auto/volkswagen-ukazal-modernizovany-golf-sportsvan-prinasi-novy-motor-i-technologie-20170822.html"
timezone = "Europe/Prague"
lang = "cs"
title = "Volkswagen ukázal modernizovaný Golf Sportsvan. Nabídne nový motor"
published = date(2017, 8, 23)
authors = ["Daniel Fuglevič"]
