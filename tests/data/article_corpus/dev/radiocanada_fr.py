"""'Radio-Canada Publié le 13 mars 2017': a day only; the byline is the broadcaster's name (postlight/parser's author is a desk's), not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/ici.radio-canada.ca.html (MIT OR Apache-2.0). Its test
src/extractors/custom/ici.radio-canada.ca/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://ici.radio-canada.ca/nouvelle/1022038/kpmg-comptables-fiscalite-impots-paradis-fiscaux-juge-bocock-cocktail"
timezone = "America/Toronto"
lang = "fr"
title = "Affaire KPMG : un juge se récuse"
published = date(2017, 3, 13)
