"""A foundation's blog (WordPress): no <h1>, the headline a link; '30. Oktober 2019 | Markus Euskirchen' under it; the JSON-LD author an @id reference to a Person in its @graph.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/netzfueralle.blog.rosalux.de.netzpolitik.html (Apache-2.0).
"""

from datetime import date

url = "https://netzfueralle.blog.rosalux.de/2019/10/30/netzpolitik-als-us-wahlkampfthema/"
timezone = "Europe/Berlin"
lang = "de"
title = "Netzpolitik als US-Wahlkampfthema"
published = date(2019, 10, 30)
authors = ["Markus Euskirchen"]
