"""A Haitian paper without embedded metadata but og:title: no <h1>, the headline an <h2>, then 'Publié le 2022-04-26 | lenouvelliste.com'; the author is named in a box beside the text ('Roberson Alphonse Auteur Ses derniers articles …', which links to his latest articles, this one first).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/lenouvelliste.com-compagnies.html (Apache-2.0).
"""

from datetime import date

url = "https://lenouvelliste.com/article/235420/letat-a-paye-13-milliard-de-gourdes-de-dettes-aux-compagnies-petrolieres"
timezone = "America/Port-au-Prince"
lang = "fr"
title = "L’Etat a payé 1,3 milliard de gourdes de dettes aux compagnies pétrolières"
published = date(2022, 4, 26)
authors = ["Roberson Alphonse"]
