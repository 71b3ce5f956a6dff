"""'Stand: 07.11.2023, 07:30 Uhr' only (an update's time; the JSON-LD says 6 November): no date scored. No byline on the page (the JSON-LD's 'Sabine Schmitt' is not shown; 'dpa/Efrem Lukatsky' are the images' credits).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/www1.wdr.de-Correctiv-Recherche.html (Apache-2.0).
"""

url = "https://www1.wdr.de/nachrichten/correctiv-recherche-deutsche-waffen-fuer-russland-100.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Correctiv-Recherche: Deutsche Waffen für Russland"
