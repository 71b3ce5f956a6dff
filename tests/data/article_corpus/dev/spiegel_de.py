"""'22.12.2018' above the headline (day only). No byline: the JSON-LD author and meta author are the site (SPIEGEL ONLINE).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/spiegel.de.albtraum.html (Apache-2.0).
"""

from datetime import date

url = "https://www.spiegel.de/spiegel/print/d-161500790.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Ein Albtraum"
published = date(2018, 12, 22)
