"""'Publicado: Miércoles, 4 de Mayo de 2022 a las 07:46hrs. Periodista Digital: EFE' (Chile, UTC-4): no author scored (an agency); the text's subheadings are <h1>s too.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/cooperativa.cl-presidente.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://cooperativa.cl/noticias/pais/presidente-boric/presidente-boric-vuelve-a-su-casa-magallanes-este-miercoles-realiza-su/2022-05-04/074527.html"
timezone = "America/Santiago"
lang = "es"
title = "Presidente Boric vuelve a su casa, Magallanes: Este miércoles realiza su segunda visita a regiones"
published = datetime(2022, 5, 4, 11, 46, tzinfo=UTC)
