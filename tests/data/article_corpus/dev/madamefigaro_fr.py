"""'Ophélie Ostermann Le 19 février 2020' under the headline (day only; microdata datePublished agrees, article:published_time is the first publication in 2017: the page's words are kept). The JSON-LD author is the company (Société du Figaro). The page says lang='en'; it is French.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/madame.lefigaro.fr.dintestin.html (Apache-2.0).
"""

from datetime import date

url = "https://madame.lefigaro.fr/bien-etre/problemes-dintestin-quoi-manger-pour-aller-bien-110417-130897"
timezone = "Europe/Paris"
lang = "fr"
title = "Les clés pour donner les bonnes bactéries à son intestin et aller bien"
published = date(2020, 2, 19)
authors = ["Ophélie Ostermann"]
