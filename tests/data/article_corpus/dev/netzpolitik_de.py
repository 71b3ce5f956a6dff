"""'23.06.2016 um 16:14 Uhr - Markus Reuter' (Berlin time, as article:published_time's +02:00 agrees).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/netzpolitik.org.abmahnungen.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = (
    "https://netzpolitik.org/2016/die-cider-connection-abmahnungen-gegen-nutzer-von-creative-commons-bildern/"
)
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Die Cider Connection: Abmahnungen gegen Nutzer von Creative-Commons-Bildern"
published = datetime(2016, 6, 23, 14, 14, tzinfo=UTC)  # 2016-06-23 16:14 Europe/Berlin
authors = ["Markus Reuter"]
