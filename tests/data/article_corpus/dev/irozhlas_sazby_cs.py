"""A public broadcaster's news site (2008 story, later layout): a logo's <h1> before the headline's, '18:38 8. října 2008' under the lead, two names 'Milan Kopp, Jitka Hanžlová' on the right; JSON-LD two Persons, dateModified four years later.

Page: hynky1999/Czech-News-Classification-dataset @ 94d38e19cc7293e0a1f34f9e0564ced435aef271 : Processor/tests/sites/rozhlasCZ/test_articles/cc_2022.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.irozhlas.cz/ekonomika/centralni-banky-mnoha-zemi-jednotne-snizily-urokove-sazby_200810081838_mkopp"
timezone = "Europe/Prague"
lang = "cs"
title = "Centrální banky mnoha zemí jednotně snížily úrokové sazby"
published = datetime(2008, 10, 8, 16, 38, tzinfo=UTC)
authors = ["Milan Kopp", "Jitka Hanžlová"]
