"""Honduran paper (the platform of diez.hn's page): 'Redacción 26.04.2022' under the photograph's credit 'Fotos: EL HERALDO/ AFP' (a desk: no author scored; a day, the JSON-LD's datePublished 08:10 has no zone).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elheraldo.hn-JOH.html (Apache-2.0).
"""

from datetime import date

url = "https://www.elheraldo.hn/honduras/cual-seria-papel-joaquin-chapo-guzman-juicio-contra-joh-juan-orlando-hernandez-narcotrafico-eeuu-LK7840296"
timezone = "America/Tegucigalpa"
lang = "es"
title = "¿Cuál sería el papel de “El Chapo” Guzmán en el juicio contra JOH?"
published = date(2022, 4, 26)
