"""'15.05.2020, 07:11 | Lesedauer: 8 Minuten Melanie Wassink' (Berlin time).

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.abendblatt.de.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.abendblatt.de/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "https://www.abendblatt.de/wirtschaft/article229123092/Hamburg-Grossmarkt-Obst-Gemuese-Mangos-Papayas-Fruechte-Preise-Corona.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Warum Mangos und Papayas jetzt teurer sind"
published = datetime(2020, 5, 15, 5, 11, tzinfo=UTC)  # 2020-05-15 07:11 Europe/Berlin
authors = ["Melanie Wassink"]
