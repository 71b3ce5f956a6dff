"""'Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/lemonde-1/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html"
timezone = "Europe/Paris"
lang = "fr"
title = "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée"
published = datetime(2015, 5, 4, 11, 36, tzinfo=UTC)  # 2015-05-04 13:36 Europe/Paris
authors = ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]
