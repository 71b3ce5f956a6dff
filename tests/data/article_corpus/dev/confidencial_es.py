"""'27 abril, 2022' then '26 abril, 2022' (an update dated before the publication). No author scored: 'Redacción Confidencial', the desk.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/confidencial.com-ortega.html (Apache-2.0).
"""

from datetime import date

url = "https://www.confidencial.com.ni/nacion/ortega-intenta-silenciar-a-los-estudiantes-porque-representan-la-fuerza-de-protestas/"
timezone = "America/Managua"
lang = "es"
title = "“Ortega intenta silenciar a los estudiantes porque representan la fuerza de protestas”"
published = date(2022, 4, 27)
