"""'06/11/2023 0 Kommentare' under the headline (the <time datetime> 14:14+01:00; article:published_time 13:14Z). No author scored: the site's name (<meta name=author>).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Ostbelgiendirekt.be-ARD-Doku.html (Apache-2.0).
"""

from datetime import date

url = "https://ostbelgiendirekt.be/tv-tipp-loriot-100-367167"
timezone = "Europe/Brussels"
lang = "de-DE"
title = "TV-TIPP – ARD-Doku „Loriot 100“: Eine Hommage an Vicco von Bülow, Deutschlands größten Humoristen"
published = date(2023, 11, 6)
