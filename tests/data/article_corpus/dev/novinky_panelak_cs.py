"""A Czech portal's housing story (2008, saved later): the headline <h1>, a photograph's credit 'FOTO: Milan Malíček, Právo' and 'pátek 8. srpna 2008, 6:52' after the lead, photographs' credits 'foto: Právo/Milan Malíček' in <span class="author">s, and the byline 'Bohuslav Hatina, Právo' (the reporter, then the paper) in a box after the text. No embedded metadata.

Page: hynky1999/Czech-News-Classification-dataset @ 94d38e19cc7293e0a1f34f9e0564ced435aef271 : Processor/tests/sites/novinkyCZ/test_articles/cc_2014.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.novinky.cz/bydleni/jak-na-to/146560-jak-zrekonstruovat-vybydleny-panelakovy-byt.html"
timezone = "Europe/Prague"
lang = "cs"
title = "Jak zrekonstruovat vybydlený panelákový byt"
published = datetime(2008, 8, 8, 4, 52, tzinfo=UTC)
authors = ["Bohuslav Hatina"]
