"""The only <h1> is the site's slogan ('El Mostrador, el primer diario digital de Chile.'); the headline is an <h2 class="titulo-single"> after the kicker 'NUEVA CONSTITUCIÓN', then 'por Raúl Espina 4 mayo, 2022'. The header shows the day the page was saved and 'Actualizado a las 09:36'.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elmostrador.cl-congreso.html (Apache-2.0).
"""

from datetime import date

url = "https://www.elmostrador.cl/destacado/2022/05/04/las-trabas-del-congreso-discusion-parlamentaria-sobre-normas-de-una-nueva-constitucion-podria-tardar-decadas/"
timezone = "America/Santiago"
lang = "es"
title = "Las trabas del Congreso: discusión parlamentaria sobre normas de una nueva Constitución podría tardar décadas"
published = date(2022, 5, 4)
authors = ["Raúl Espina"]
