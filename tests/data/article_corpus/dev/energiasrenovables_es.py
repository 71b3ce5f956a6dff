"""A Spanish trade magazine: the section's <h1> 'autoconsumo' before the headline's <h1>, then 'Jueves, 23 de junio de 2022' (a <time datetime="2022-06-23">, a day) and 'Antonio Barrero F.' on its own line. og:title and the <title> join the section, the headline and the site's name; DC.creator names the publisher's company. No JSON-LD.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/energias-renovables.com/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://www.energias-renovables.com/autoconsumo/como-montar-paso-a-paso-una-comunidad-20220622"
timezone = "Europe/Madrid"
lang = "es"
title = "Cómo montar paso a paso una comunidad energética"
published = date(2022, 6, 23)
authors = ["Antonio Barrero F."]
