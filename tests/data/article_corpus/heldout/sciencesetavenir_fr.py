"""'Par Nicolas Gutierrez C. le 14.09.2020 à 11h46' (htmldate: 2020-09-14); the 'author people' boxes are people the article is about.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/sciencesetavenir.fr.rumeur.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.sciencesetavenir.fr/sante/covid-19-et-infox-comment-une-rumeur-devient-realite_147359"
timezone = "Europe/Paris"
lang = "fr"
title = "Covid-19 et infox : comment une rumeur devient réalité"
published = datetime(2020, 9, 14, 9, 46, tzinfo=UTC)  # 2020-09-14 11:46 Europe/Paris
authors = ["Nicolas Gutierrez C."]
