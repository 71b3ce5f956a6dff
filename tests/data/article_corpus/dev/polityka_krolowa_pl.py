"""'4 maja 2021' under the <h1> (the JSON-LD's datePublished 13:20:05 has no zone, its dateModified 12:20:07 is an hour earlier; article:published_time '20210504T132005+0200'). The byline 'Marek Świerczyński, Polityka Insight' (and article:author, and the JSON-LD Person) adds his employer after a comma.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Królowa Elżbieta wypływa w świat. Sygnał dla Chin i Rosji - Polityka.pl.html (Apache-2.0).
"""

from datetime import date

url = "https://www.polityka.pl/tygodnikpolityka/swiat/2116825,1,krolowa-elzbieta-wyplywa-w-swiat-sygnal-dla-chin-i-rosji.read"
timezone = "Europe/Warsaw"
lang = "pl"
title = "„Królowa Elżbieta” wypływa w świat. Sygnał dla Chin i Rosji"
published = date(2021, 5, 4)
authors = ["Marek Świerczyński"]
