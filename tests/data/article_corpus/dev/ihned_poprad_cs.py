"""A Czech business daily's sports feature (2012): the headline <h1> after tag links, then 'Tadeáš Drahorád - redaktor 1.2.2012 17:36 Poslední aktualizace 21:33 Přečteno 8036x' (name, role and date on one line), a photograph's caption 'autor: Tadeáš Drahorád'; <meta name="Author"> names the publisher; the header's '26. listopad 2014' is the day the page was saved.

Page: hynky1999/CmonCrawl @ b9e414fa7210b57bc61b5d9304f4f5fe52bd71e4 : tests/sites/ihnedCZ/test_articles/cc_2013.html (MIT).
"""

from datetime import UTC, datetime

url = "http://sport.ihned.cz/c1-54582620-na-luxus-jako-v-nhl-zapomente-lev-poprad-se-na-tripech-casto-vraci-do-minulosti"
timezone = "Europe/Prague"
lang = "cs"
title = "Na luxus jako v NHL zapomeňte. Lev Poprad se na tripech často vrací do minulosti"
published = datetime(2012, 2, 1, 16, 36, tzinfo=UTC)  # 1.2.2012 17:36 Europe/Prague
authors = ["Tadeáš Drahorád"]
