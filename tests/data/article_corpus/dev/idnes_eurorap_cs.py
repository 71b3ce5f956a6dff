"""A Czech portal's traffic story (2017): the headline <h1>, '29. listopadu 2017 15:45, aktualizováno 15:45' under it, a photograph's credit '| foto: František Vlček, MAFRA' in a <span class="autor">, and after the text 'Autoři:' with two names in microdata Persons (the first a link holding the initials 'fdv', the full name in a hidden <span>); article:author is the site's Facebook page; the header's 'Pondělí 11. prosince 2017' is the day the page was saved.

Page: hynky1999/CmonCrawl @ b9e414fa7210b57bc61b5d9304f4f5fe52bd71e4 : tests/sites/idnesCZ/test_articles/cc_2017_2.html (MIT).
"""

from datetime import UTC, datetime

url = "https://auto.idnes.cz/eurorap-mapa-smrti-0af-/automoto.aspx?c=A171129_144113_automoto_fdv"
timezone = "Europe/Prague"
lang = "cs"
title = "Třetinu nehod zaviní silnice, říká expert, který sestavuje mapu smrti"
published = datetime(2017, 11, 29, 14, 45, tzinfo=UTC)  # 29. listopadu 2017 15:45 Europe/Prague
authors = ["František Dvořák", "Jakub Heller"]
