"""St.Galler Tagblatt: og:title, twitter:title and even JSON-LD's headline end in ' | St.Galler Tagblatt'. 'Bettina Kugler 19.10.2019, 05:00 Uhr' (Zurich time, JSON-LD's datePublished 03:00 UTC); the declared dates disagree (<meta itemprop=datePublished> the day before, 2019-10-18, and <meta name="date"> its evening, 20:00 UTC, the draft's), and the sidebar's <time>s are other articles'. htmldate's day 2019-10-19.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/0a29620f9c4347758c146ed06dab6f3e.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.tagblatt.ch/kultur/mit-allen-wassern-gewaschen-ld.1161245"
timezone = "Europe/Zurich"
lang = "de"
title = "Tanz in der St. Galler Lokremise: Mit allen Wassern gewaschen"
published = datetime(2019, 10, 19, 3, 0, tzinfo=UTC)
authors = ["Bettina Kugler"]
