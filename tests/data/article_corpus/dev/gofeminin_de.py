"""'von Diane Buckstegge' and 'Veröffentlicht am 1. Mai 2019' (a second byline further down, 'vom Redaktionsteam', is a desk's); og:title and JSON-LD's headline are another wording.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/gofeminin.de.abnehmen.html (Apache-2.0).
"""

from datetime import date

url = "https://www.gofeminin.de/abnehmen/wie-kann-ich-schnell-abnehmen-s1431651.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Wie kann ich schnell abnehmen? Die 8 effektivsten Tipps"
also_titles = ["Wie kann ich schnell abnehmen? Der Schlachtplan zum Wunschgewicht"]
published = date(2019, 5, 1)
authors = ["Diane Buckstegge"]
