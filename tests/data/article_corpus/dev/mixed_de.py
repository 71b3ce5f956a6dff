"""'2.03.2018 von Dennis Ziesecke' (day only). og:title is a reworded social headline: it counts too.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/mixed.de.vrodo.html (Apache-2.0).
"""

from datetime import date

url = "https://mixed.de/vrodo-deals-vr-taugliches-notebook-fuer-83215-euro-99-cent-leihfilme-bei-amazon-psvr/"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "VRODO-Deals: VR-taugliches Notebook für 832,15 Euro, 99 Cent Leihfilme bei Amazon, PSVR"
also_titles = ["VRODO Deals: VR-taugliches Notebook für nur 832,15 Euro, 99 Cent Leihfilme bei Amazon"]
published = date(2018, 3, 2)
authors = ["Dennis Ziesecke"]
