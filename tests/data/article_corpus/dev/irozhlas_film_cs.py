"""A public broadcaster's culture story (2014): a logo's <h1> before the headline's, '12:35 30. prosince 2014' under the lead, 'Tomáš Pilát, mkp, Marek Blaho' on the right (two names and an editor's initials between them; JSON-LD gives the initials as a third Person, ' mkp'): the two names.

Page: hynky1999/Czech-News-Classification-dataset @ 94d38e19cc7293e0a1f34f9e0564ced435aef271 : Processor/tests/sites/rozhlasCZ/test_articles/2014.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.irozhlas.cz/kultura_film/ceskemu-filmu-prave-koncici-rok-moc-mezinarodnich-uspechu-nedopral_201412301235_mkopp"
timezone = "Europe/Prague"
lang = "cs"
title = "Českému filmu právě končící rok moc mezinárodních úspěchů nedopřál"
published = datetime(2014, 12, 30, 11, 35, tzinfo=UTC)
authors = ["Tomáš Pilát", "Marek Blaho"]
