"""A Czech portal's car test (2010): the headline <h1>, 'velikost textu: 9. února 2010' after it (a day only), a photograph's credit 'foto: Volkswagen' in a <span class="autor">, and 'Autoři:' with the reporter's linked name in a box after the text; the header's 'Pátek, 30. července 2010' is the day the page was saved. No embedded metadata. The address is written from the article's id in the page's links (its slug is not given).

Page: hynky1999/CmonCrawl @ b9e414fa7210b57bc61b5d9304f4f5fe52bd71e4 : tests/sites/idnesCZ/test_articles/cc_2011.html (MIT).
"""

from datetime import date

url = "http://auto.idnes.cz/auto_testy.asp?c=A100208_173109_auto_testy_fdv"
timezone = "Europe/Prague"
lang = "cs"
title = "Nový motor pro octavii už má její bratranec: VW Golf 1,2 TSI"
published = date(2010, 2, 9)
authors = ["František Dvořák"]
