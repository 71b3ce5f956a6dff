"""Chilean free daily: a photograph's caption ('Felipe Berríos') then 'Por Rodrigo Mejías' and '04 de mayo 2022 a las 09:01 hrs.' (Chile, UTC-4; the <time> says 13:01:04Z, the JSON-LD 13:02:07Z); the <title> adds ' – Publimetro Chile'.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/publimetro.cl-ministra.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.publimetro.cl/noticias/2022/05/04/ministra-de-la-mujer-por-berrios-que-la-justicia-penal-investigue-no-la-canonica/"
timezone = "America/Santiago"
lang = "es"
title = "Ministra de la Mujer por Berrios: “Que la justicia penal investigue, no la canónica”"
published = datetime(2022, 5, 4, 13, 1, tzinfo=UTC)
authors = ["Rodrigo Mejías"]
