"""The headline begins 'll' as printed (a typo of 'Il', which its og:title spells right: both count). '30 Settembre 2020'. The byline is the site ('di Vegolosi.it'): author not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/vegolosi.it.climate.html (Apache-2.0).
"""

from datetime import date

url = "https://www.vegolosi.it/news/climate-clock/"
timezone = "Europe/Rome"
lang = "it"
title = "ll Climate Clock ha iniziato a scorrere: sette anni è il tempo che ci rimane per agire"
also_titles = ["Il Climate Clock ha iniziato a scorrere: sette anni è il tempo che ci rimane per agire"]
published = date(2020, 9, 30)
