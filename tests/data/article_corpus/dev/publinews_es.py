"""'jueves 21 de abril de 2022 4:44 PM Reina Damián' (Guatemala, UTC-6); og:title is a second headline (counted too).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/publinews.gt-mexico.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.publinews.gt/gt/deportes/2022/04/21/mexico-presenta-su-nomina-para-enfrentar-a-guatemala.html"
timezone = "America/Guatemala"
lang = "es"
title = "México presenta su nómina para enfrentar a Guatemala"
also_titles = ["El “Tata” Martino presenta su nómina para enfrentar a Guatemala"]
published = datetime(2022, 4, 21, 22, 44, tzinfo=UTC)
authors = ["Reina Damián"]
