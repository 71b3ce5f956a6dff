"""'Felipe Morales Sierra Periodista Judicial' under the lead, 'Por Felipe Morales Sierra' at the foot. '6 May 2022 - 2:00 a. m.' above the headline is the UTC time (datePublished 2022-05-05T21:00-05:00) shown without a zone, a day after the local one: not scored. <meta name=author> names the site; a second JSON-LD item (a photograph) has author 'Foto: JEP'.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elespectador.com-orion.html (Apache-2.0).
"""

url = "https://www.elespectador.com/judicial/asi-seran-los-tres-macrocasos-que-abrira-la-jep/"
timezone = "America/Bogota"
lang = "es"
title = "Operación Orión, tomas guerrilleras de pueblos y más hechos que investigará la JEP"
authors = ["Felipe Morales Sierra"]
