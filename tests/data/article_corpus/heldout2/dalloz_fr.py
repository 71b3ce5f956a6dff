"""The <h1> (the rubric 'Le droit en débats' above it, 'AVOCAT' under it); 'Par Matthieu Hy le 07 Mai 2020': a day. The saved page names no canonical address: htmldate's.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/dalloz-actualite.fr.raoult.html (Apache-2.0). htmldate's day (tests/eval_default.json) agrees.
"""

from datetime import date

url = "https://www.dalloz-actualite.fr/node/libre-cours-raoult-nazis-et-moi"
timezone = "Europe/Paris"
lang = "fr"
title = "Libre cours : Raoult, les nazis et moi"
published = date(2020, 5, 7)
authors = ["Matthieu Hy"]
