"""The <h1> under the kickers 'Essai Économie'; 'par Florence Audier , le 15 septembre 2009': a day (the other names further down are related essays' authors).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/laviedesidees.fr.evaluation.html (Apache-2.0). htmldate's day (tests/eval_default.json) agrees.
"""

from datetime import date

url = "http://www.laviedesidees.fr/L-evaluation-et-les-listes-de.html"
timezone = "Europe/Paris"
lang = "fr"
title = "L’évaluation et les listes de revues"
published = date(2009, 9, 15)
authors = ["Florence Audier"]
