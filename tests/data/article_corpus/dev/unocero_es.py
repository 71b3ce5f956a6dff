"""'Smartphones Por Alberto Ávila 27 de agosto 2019' (day only). meta author is 'unocero - Alberto Ávila' (the site, then the person).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/unocero.com.marcas.html (Apache-2.0).
"""

from datetime import date

url = "https://www.unocero.com/smartphones/marcas-mala-gestion-apps-segundo-plano-android/"
timezone = "America/Mexico_City"
lang = "es"
title = "Estas son las marcas que más dificultan el trabajo de tus aplicaciones en Android"
published = date(2019, 8, 27)
authors = ["Alberto Ávila"]
