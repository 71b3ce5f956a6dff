"""'19.6.2007 9:40 Uhr Christoph Becker' (Berlin time, as the JSON-LD's +02:00 agrees).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/computerbase.de.htc.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.computerbase.de/2007-06/htc-touch-bald-bei-o2-als-xda-nova/"
timezone = "Europe/Berlin"
lang = "de"
title = "HTC Touch: Bald bei o2 als „Xda Nova“"
published = datetime(2007, 6, 19, 7, 40, tzinfo=UTC)  # 2007-06-19 09:40 Europe/Berlin
authors = ["Christoph Becker"]
