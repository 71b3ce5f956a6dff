"""'País ERBOL Publicado el 03/05/2022 a las 22h03' (Bolivia, UTC-4; article:published_time says 22:08): no author scored (an agency).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/lostiempos.com-juicio.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.lostiempos.com/actualidad/pais/20220503/juicio-caso-golpe-ii-entra-recta-final-sentencia-podria-dictarse-este"
timezone = "America/La_Paz"
lang = "es"
title = "Juicio por el caso golpe II entra en la recta final; sentencia podría dictarse este miércoles"
published = datetime(2022, 5, 4, 2, 3, tzinfo=UTC)
