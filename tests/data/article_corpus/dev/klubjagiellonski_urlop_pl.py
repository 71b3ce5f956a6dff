"""A kicker '#Krótko o przepisach prawa w Nowej Zelandii i Polsce' and '22 kwietnia 2021' beside the <h1>; no embedded metadata but og:title. No author scored: none is shown.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Nowa Zelandia_ płatny urlop dla rodziców poronionego dziecka. Jak to wygląda w Polsce_ - Klub Jagielloński.html (Apache-2.0).
"""

from datetime import date

url = "https://klubjagiellonski.pl/2021/04/22/nowa-zelandia-platny-urlop-dla-rodzicow-poronionego-dziecka-jak-to-wyglada-w-polsce/"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Nowa Zelandia: płatny urlop dla rodziców poronionego dziecka. Jak to wygląda w Polsce?"
published = date(2021, 4, 22)
