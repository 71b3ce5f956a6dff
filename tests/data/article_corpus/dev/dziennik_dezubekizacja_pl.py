"""'Paulina Nowosielska dzisiaj, 08:07' under the <h1 class=mainTitle>: no date scored, the page shows 'today' only (the JSON-LD's '2021-05-05 08:07:52+0200' agrees with it). A second <h1> ('Powiązane') heads related links; a BreadcrumbList beside the NewsArticle.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Dezubekizacja - reaktywacja. Czyli daty mają znaczenie - Dziennik.pl.html (Apache-2.0).
"""

url = "https://wiadomosci.dziennik.pl/polityka/artykuly/8156148,dezubekizacja-trybunal-konstytucyjny-wyrok-termin.html"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Dezubekizacja – reaktywacja. Czyli daty mają znaczenie"
authors = ["Paulina Nowosielska"]
