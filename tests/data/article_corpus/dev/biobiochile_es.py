"""'Miércoles 04 mayo de 2022 | 01:10' above the headline (Chile, UTC-4 in May 2022). The byline names two people in two roles ('Publicado por Alberto González', 'La información es de Cristian Cerna'): no author scored. The headline <h1> follows some forty <h2 class="article-title"> of other stories.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/biobiochile.cl-gremios.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.biobiochile.cl/noticias/nacional/region-de-los-rios/2022/05/04/gremios-de-los-camioneros-no-descartan-nueva-movilizacion-realizaran-consulta-nacional.shtml"
timezone = "America/Santiago"
lang = "es"
title = "Gremios de los camioneros no descartan nueva movilización: realizarán consulta nacional"
published = datetime(2022, 5, 4, 5, 10, tzinfo=UTC)
