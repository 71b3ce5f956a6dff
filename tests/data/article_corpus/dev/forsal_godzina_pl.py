"""'28 kwietnia 2021, 06:29' under the <h1> (the JSON-LD's '2021-04-28 06:29:18+0200' agrees). No author scored: no byline, only 'Źródło: Statista.com' (a source, in microdata as a name).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Ile jest warta godzina pracy_ W tych krajach praca popłaca - Forsal.pl.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://forsal.pl/praca/aktualnosci/artykuly/8150872,ile-jest-warta-godzina-pracy.html"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Ile jest warta godzina pracy? W tych krajach praca popłaca"
published = datetime(2021, 4, 28, 4, 29, tzinfo=UTC)  # 2021-04-28 06:29 Europe/Warsaw
