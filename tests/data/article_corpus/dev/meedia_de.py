"""'08.03.2016 um 15:30 Uhr' above the headline (Berlin time; the microdata's datePublished says 15:30:55+00:00, an hour off). The first <h1> is empty. No byline.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/meedia.de.freenet.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://meedia.de/2016/03/08/einstieg-ins-tv-geschaeft-wie-freenet-privatkunden-fuer-antennen-tv-in-hd-qualitaet-gewinnen-will/"
timezone = "Europe/Berlin"
lang = "de"
title = "Einstieg ins TV-Geschäft: Wie Freenet Privatkunden für Antennen-TV in HD-Qualität gewinnen will"
published = datetime(2016, 3, 8, 14, 30, tzinfo=UTC)  # 2016-03-08 15:30 Europe/Berlin
