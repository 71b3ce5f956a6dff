"""'20.06.2019 07:30 Uhr Technology Review Von Denis Dilba' (Berlin time; DC.creator 'heise online' is the site).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/heise.de.lithium.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.heise.de/newsticker/meldung/Lithium-aus-dem-Schredder-4451133.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Lithium aus dem Schredder"
published = datetime(2019, 6, 20, 5, 30, tzinfo=UTC)  # 2019-06-20 07:30 Europe/Berlin
authors = ["Denis Dilba"]
