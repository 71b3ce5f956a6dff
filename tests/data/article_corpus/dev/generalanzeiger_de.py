"""'Von Anna Müller' '01.11.2023, 07:00 Uhr'. og:title is the social headline (counted too).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/ga.de-Graffiti.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://ga.de/bonn/beuel/mural-in-bonn-graffiti-an-stiftung-gemeindepsychatrie-in-beuel_aid-99369101"
timezone = "Europe/Berlin"
lang = "de"
title = "Mural in Bonn: Graffiti an Stiftung Gemeindepsychatrie in Beuel"
also_titles = ["Streetart in Bonn: Was hinter dem neuen Wandgraffiti in Beuel steckt"]
published = datetime(2023, 11, 1, 6, 0, tzinfo=UTC)
authors = ["Anna Müller"]
