"""'7. November 2023' under the headline (a day). No byline: the JSON-LD author is the Organization 'OÖ Volksblatt'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/volksblatt.at-Alkoholkonsum.html (Apache-2.0).
"""

from datetime import date

url = (
    "https://volksblatt.at/chronik/oesterreich/oesterreich-tranken-pro-kopf-111-liter-alkohol-im-jahr-822151/"
)
timezone = "Europe/Vienna"
lang = "de-DE"
title = "Österreich erneut im Spitzenfeld bei Alkoholkonsum"
published = date(2023, 11, 7)
