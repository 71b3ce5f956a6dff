"""Kicker 'TÉMOIGNAGE.' in the h1: with or without it counts. 'Recueilli par Patrick ANGEVIN.' (an interview he took down). The only date seen is the site header's day: not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/ouest-france.fr-gaza.html (Apache-2.0).
"""

url = "https://www.ouest-france.fr/monde/gaza/temoignage-a-gaza-les-nuits-terrifiantes-et-les-jours-epuisants-de-la-famille-shehab-7cc38a5c-7974-11ee-b7ba-95ef9cb6f5e8"
timezone = "Europe/Paris"
lang = "fr"
title = "TÉMOIGNAGE. À Gaza, les nuits terrifiantes et les jours épuisants de la famille Shehab"
also_titles = ["À Gaza, les nuits terrifiantes et les jours épuisants de la famille Shehab"]
authors = ["Patrick ANGEVIN"]
