"""'Marta Cañete Corresponsal en Atenas' (a role after the name) and '02/12/2024 Actualizado a las 20:56h.' (the day, then the update's time; its <time datetime> is the update's).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/es/ABC_2025_01_13.html.gz (MIT).
"""

from datetime import date

url = "https://www.abc.es/sociedad/detenido-policia-abusar-torturar-sexualmente-cuatro-hijos-20241202105634-nt.html"
timezone = "Europe/Madrid"
lang = "es"
title = "Detenido un policía por abusar y torturar sexualmente a sus cuatro hijos durante casi una década"
published = date(2024, 12, 2)
authors = ["Marta Cañete"]
