"""'Publicado el 11 de mayo Escribe Camila Méndez en Territorio' (a day without its year; the address says 2022/5).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/ladiaria.com.uy-productor.html (Apache-2.0).
"""

from datetime import date

url = "https://ladiaria.com.uy/ambiente/articulo/2022/5/productor-fumigo-con-glifosato-predio-lindero-a-escuela-rural-ubicada-dentro-del-area-protegida-paso-centurion-y-sierra-de-rios/"
timezone = "America/Montevideo"
lang = "es-UY"
title = "Productor fumigó con glifosato predio lindero a escuela rural ubicada dentro del área protegida Paso Centurión y Sierra de Ríos"
published = date(2022, 5, 11)
authors = ["Camila Méndez"]
