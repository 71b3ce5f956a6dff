"""'by Anton Shilov on June 29, 2017 9:00 AM EST' (the zone the page names, EST though it is June: 14:00 UTC); the JSON-LD Review declares the day only.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/anandtech/input.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.anandtech.com/show/11591/amd-launches-ryzen-pro-cpus-enhanced-security-longer-warranty-better-quality"
timezone = "America/New_York"
lang = "en"
title = "AMD Launches Ryzen PRO CPUs: Enhanced Security, Longer Warranty, Better Quality"
published = datetime(2017, 6, 29, 14, 0, tzinfo=UTC)  # 2017-06-29 09:00 EST as the page names it
authors = ["Anton Shilov"]
