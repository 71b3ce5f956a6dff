"""Costa Rica's La Nación: 'Por Daniela Cerdas E. 21 de abril 2022, 2:30 PM' (UTC-6); ten promotions' headlines below are <h1>s too.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/nacion.com-hacienda.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.nacion.com/el-pais/gobierno/contraloria-alerto-a-hacienda-sobre-riesgos-en-sus/77BMG7JBRZFA3NNH3JLWSFFHO4/story/"
timezone = "America/Costa_Rica"
lang = "es"
title = "5.000 cuentas de acceso a sistemas de Hacienda estaban en manos ajenas"
published = datetime(2022, 4, 21, 20, 30, tzinfo=UTC)
authors = ["Daniela Cerdas E."]
