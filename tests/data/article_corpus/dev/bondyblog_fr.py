"""'Par Kab Niang Le 17/02/2020' (day only).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/bondyblog.fr.paris-8.html (Apache-2.0).
"""

from datetime import date

url = "https://www.bondyblog.fr/societe/a-paris-8-un-peu-de-tension-beaucoup-d-actions/"
timezone = "Europe/Paris"
lang = "fr-FR"
title = "A Paris-8, un peu de tension, beaucoup d’actions"
published = date(2020, 2, 17)
authors = ["Kab Niang"]
