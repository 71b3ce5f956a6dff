"""'Jono Galuszka 14:40, Feb 17 2021' (New Zealand time).

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/stuff/input.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.stuff.co.nz/manawatu-standard/news/300232751/orphee-mickalad-leading-palmerston-north-byelection"
timezone = "Pacific/Auckland"
lang = "en"
title = "Orphee Mickalad leading Palmerston North by-election"
published = datetime(2021, 2, 17, 1, 40, tzinfo=UTC)  # 2021-02-17 14:40 Pacific/Auckland
authors = ["Jono Galuszka"]
