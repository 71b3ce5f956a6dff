"""Chilean tabloid: a 'LO ÚLTIMO' list of other stories with their authors and relative times sits between the headline and the byline; 'Juan Carlos Muñoz C.' then 'miércoles, 4 de mayo de 2022 07:59 hs' (<time> 07:59:48-04:00); the <title> adds ' | Espectáculos'.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/lacuarta.com-loretoaravena.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.lacuarta.com/espectaculos/noticia/va-y-agarra-las-llaves-de-su-cartera-destapan-pelea-a-grito-pelado-entre-loreto-aravena-y-pancha-merino-en-pasillos-de-canal-13/I7QCHL6HAZCBBIROIOUNHFGB5I/"
timezone = "America/Santiago"
lang = "es"
title = "“Va y agarra las llaves de su cartera…”: destapan pelea a “grito pelado” entre Loreto Aravena y Pancha Merino en pasillos de Canal 13"
published = datetime(2022, 5, 4, 11, 59, tzinfo=UTC)
authors = ["Juan Carlos Muñoz C."]
