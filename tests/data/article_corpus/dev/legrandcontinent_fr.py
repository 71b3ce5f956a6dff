"""An interview: 'Auteur Uriel Gadessaud … Date 2 mars 2020' (day only). og:title carries the site's name.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/legrandcontinent.eu.heran.html (Apache-2.0).
"""

from datetime import date

url = "https://legrandcontinent.eu/fr/2020/03/02/francois-heran/"
timezone = "Europe/Paris"
lang = "fr-FR"
title = "« Il y a, d’abord, le poids de la géographie ». Sur les migrations avec François Héran"
published = date(2020, 3, 2)
authors = ["Uriel Gadessaud"]
