"""'Por Gustavo E. Méndez 21 de abril de 2022, 14:32' (UTC-6); the JSON-LD and the <title> hold an SEO headline (counted too), og:title the shown one.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/soy502.com-capturan.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.soy502.com/articulo/mujer-quiso-impedir-captura-hijo-detienen-asesinato-32419"
timezone = "America/Guatemala"
lang = "es"
title = "Mujer quería impedir detención de su hijo y la capturan por asesinato"
also_titles = ["Mujer quiso impedir captura de hijo y la detienen por asesinato"]
published = datetime(2022, 4, 21, 20, 32, tzinfo=UTC)
authors = ["Gustavo E. Méndez"]
