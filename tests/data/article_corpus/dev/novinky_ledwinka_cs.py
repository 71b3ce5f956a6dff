"""A Czech portal's history piece (2018, the 2021 layout): the headline <h1>, '14. 2. 2018, 13:33' and 'mb, ČTK, Novinky' under it (a reporter's initials and an agency: authors not scored); og:title ends in ' - Novinky.cz'; JSON-LD datePublished 12:33Z agrees with the dateline.

Page: hynky1999/Czech-News-Classification-dataset @ 94d38e19cc7293e0a1f34f9e0564ced435aef271 : Processor/tests/sites/novinkyCZ/test_articles/cc_2021.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.novinky.cz/auto/clanek/pred-140-lety-se-narodil-hans-ledwinka-nejslavnejsi-konstrukter-tatry-40060562"
timezone = "Europe/Prague"
lang = "cs"
title = "Před 140 lety se narodil Hans Ledwinka, nejslavnější konstruktér Tatry"
published = datetime(2018, 2, 14, 12, 33, tzinfo=UTC)
