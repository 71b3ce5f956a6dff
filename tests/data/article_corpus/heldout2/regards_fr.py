"""The headline is an <h2> (the <h1> is the site's name); 'Par Loïc Le Clerc | 30 septembre 2018' above it: a day ('Article mis à jour le 7 janvier 2020' is the update; the dates further down are comments').

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/regards.fr.enquetes.html (Apache-2.0). htmldate's day (tests/eval_default.json) agrees.
"""

from datetime import date

url = "http://www.regards.fr/politique/article/deux-ans-et-demi-en-macronie-9-mises-en-examen-10-enquetes-en-cours-et-2"
timezone = "Europe/Paris"
lang = "fr"
title = "Deux ans et demi en Macronie : une condamnation, dix mises en examen et six enquêtes en cours"
published = date(2018, 9, 30)
authors = ["Loïc Le Clerc"]
