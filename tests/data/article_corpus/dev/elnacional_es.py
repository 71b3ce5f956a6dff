"""'Por Williams Perdomo @wperdomod - mayo 11, 2022' (month first); og:title and the <title> hold a social headline (counted too); the <time datetime> and a datePublished <meta> hold the local time marked +00:00.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elenacional.com-carta.html (Apache-2.0).
"""

from datetime import date

url = "https://www.elnacional.com/venezuela/carta-abierta-un-nuevo-espacio-donde-el-nacional-recibira-las-denuncias-de-sus-lectores/"
timezone = "America/Caracas"
lang = "es"
title = "Carta abierta, un nuevo espacio donde El Nacional recibirá las denuncias de sus lectores"
also_titles = ["El Nacional recibirá cartas abiertas con las denuncias de los venezolanos"]
published = date(2022, 5, 11)
authors = ["Williams Perdomo"]
