"""A pet magazine's buying guide: og:title, the JSON-LD and the <title> hold an SEO headline (counted too); '1. Februar 2022 Steffi Kaufratgeber' (a first name as the byline); the JSON-LD author is an @id of the page.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/haustiermagazin.com-katzenspielzeug.html (Apache-2.0).
"""

from datetime import date

url = "https://www.haustiermagazin.com/kaufratgeber-vergleich-bestes-elektronisches-katzenspielzeug/"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Kaufratgeber: elektronisches Katzenspielzeug – sorgt ganz automatisch für Abwechslung"
also_titles = ["Das beste elektronische Katzenspielzeug 2022 - Vergleich"]
published = date(2022, 2, 1)
authors = ["Steffi"]
