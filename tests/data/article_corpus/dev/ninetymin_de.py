"""'Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023, 8:54 AM GMT+1' (an English date on a German page); the JSON-LD headline and the <title> hold a variant without the last word (counted too).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/90min.de-Bundesliga-Tabelle.html (Apache-2.0).
"""

from datetime import date

url = "https://www.90min.de/posts/bundesliga-tabelle-2023-24-ohne-fehlentscheidungen-01hdgzyyg1b1"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "So sähe die Bundesliga-Tabelle 23/24 nach dem 10. Spieltag ohne Fehlentscheidungen aus"
also_titles = ["So sähe die Bundesliga-Tabelle 2023/24 nach dem 10. Spieltag ohne Fehlentscheidungen"]
published = date(2023, 10, 24)
authors = ["Jan Kupitz"]
