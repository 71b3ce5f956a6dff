"""'23/10/2020' under the headline (day only). No byline shown.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/francais.radio.cz-ministre.html (Apache-2.0).
"""

from datetime import date

url = "https://francais.radio.cz/le-ministre-de-la-sante-somme-de-demissionner-8698000"
timezone = "Europe/Prague"
lang = "fr"
title = "Le ministre de la Santé sommé de démissionner"
published = date(2020, 10, 23)
