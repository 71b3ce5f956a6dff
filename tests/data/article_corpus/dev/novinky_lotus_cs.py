"""A Czech portal's car story (2010): the headline <h1>, a video's and a photograph's credits ('zdroj: Lotus'), 'středa 6. října 2010, 12:30' before the text, photographs' credits 'FOTO: maž, Novinky' and the byline 'Martin Žemlička, Novinky' after the text. No embedded metadata.

Page: hynky1999/Czech-News-Classification-dataset @ 94d38e19cc7293e0a1f34f9e0564ced435aef271 : Processor/tests/sites/novinkyCZ/test_articles/cc_2017.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.novinky.cz/auto/213369-nejvetsi-prekvapeni-v-parizi-pet-novych-modelu-lotusu.html"
timezone = "Europe/Prague"
lang = "cs"
title = "Největší překvapení v Paříži: pět nových modelů Lotusu"
published = datetime(2010, 10, 6, 10, 30, tzinfo=UTC)
authors = ["Martin Žemlička"]
