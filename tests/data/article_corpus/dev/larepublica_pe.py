"""'La República … 08 May 2022 Actualizado el 08 de Mayo 2022 | 6:00 h': the day; no author scored (the site's name).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/larepublica.pe-minedu.html (Apache-2.0).
"""

from datetime import date

url = "https://larepublica.pe/datos-lr/respuestas/2022/05/02/cronograma-minedu-2022-cuando-seran-las-vacaciones-escolares-atmp/"
timezone = "America/Lima"
lang = "es"
title = "¿Cuándo serán las primeras vacaciones escolares del 2022, según el cronograma del Minedu?"
published = date(2022, 5, 8)
