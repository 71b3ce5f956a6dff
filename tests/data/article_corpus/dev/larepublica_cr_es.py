"""Costa Rican business paper: a kicker sentence above the headline; 'Johnny Castro johnnycastro.asesor@larepublica.net | Viernes 22 abril, 2022' (a day; the JSON-LD's datePublished '2022-04-22 00:05:00' has no zone); the 'most read' ribbons are <h1>s after the headline.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/larepublica.net-hackers.html (Apache-2.0).
"""

from datetime import date

url = "https://www.larepublica.net/noticia/estas-son-las-medidas-que-ha-tomado-el-gobierno-para-vencer-a-los-hackers"
timezone = "America/Costa_Rica"
lang = "es"
title = "Estas son las medidas que ha tomado el gobierno para vencer a los hackers"
published = date(2022, 4, 22)
authors = ["Johnny Castro"]
