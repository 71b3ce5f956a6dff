"""'Leszek Jażdżewski 28 kwietnia 2021 Polityka' under the <h1>: the day only (article:published_time 09:45:09+00:00, modified 10:07). og:title appends the author and the site ('Koncesjonowana opozycja -Leszek Jażdżewski - Liberté!'); article:author is a Facebook address.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Koncesjonowana opozycja -Leszek Jażdżewski - Liberté!.html (Apache-2.0).
"""

from datetime import date

url = "https://liberte.pl/koncesjonowana-opozycja/"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Koncesjonowana opozycja"
published = date(2021, 4, 28)
authors = ["Leszek Jażdżewski"]
