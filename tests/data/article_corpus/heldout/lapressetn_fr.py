"""'Par Chokri GHARBI Publié sur 18/02/2020': a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/lapresse.tn.parite.html (Apache-2.0).
"""

from datetime import date

url = "https://lapresse.tn/48915/parite-hommes-femmes-en-tunisie-au-dessous-de-la-moyenne-mondiale/"
timezone = "Africa/Tunis"
lang = "fr"
title = "Parité hommes-femmes en Tunisie : Au-dessous de la moyenne mondiale"
published = date(2020, 2, 18)
authors = ["Chokri GHARBI"]
