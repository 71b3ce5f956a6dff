"""Nicaraguan WordPress site: 'Redacción Central 22/04/2022' under the lead (a desk: no author scored; a day); the header shows the day it was saved ('Miércoles 27 de abril de 2022').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/desdechinandega.com-ladivina.html (Apache-2.0).
"""

from datetime import date

url = "https://www.desdechinandega.com/el-domingo-de-la-divina-misericordia.html"
timezone = "America/Managua"
lang = "es"
title = "El domingo de la Divina Misericordia"
published = date(2022, 4, 22)
