"""The only <h1> is the site's name; the headline is an <h2 class="title">, then 'Por: Yaima Puig Meneses, Alina Perera Robbio, René Tamayo' and '26 abril 2022' (its <time datetime> '2022-04-26 11:35:00' names no zone; article:published_time says 15:35-04:00).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/cubadebate.cu-sesiona.html (Apache-2.0).
"""

from datetime import date

url = "http://www.cubadebate.cu/noticias/2022/04/26/sesiona-iv-pleno-del-comite-central-del-partido/"
timezone = "America/Havana"
lang = "es"
title = "Sesiona IV Pleno del Comité Central del Partido"
published = date(2022, 4, 26)
authors = ["Yaima Puig Meneses", "Alina Perera Robbio", "René Tamayo"]
