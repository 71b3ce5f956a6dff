"""'MA 26 abril, 2022 - 8:10 pm' (Honduras, UTC-6): the byline is initials, not scored. No JSON-LD.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/latribuna.hn-alertan.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.latribuna.hn/2022/04/26/alertan-contra-fraudes-con-falsos-envios-de-productos/"
timezone = "America/Tegucigalpa"
lang = "es"
title = "Alertan contra fraudes con falsos envíos de productos"
published = datetime(2022, 4, 27, 2, 10, tzinfo=UTC)
