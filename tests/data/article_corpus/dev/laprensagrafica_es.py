"""Other stories' headlines are <h1 class="news-title">s before the article's own (in its <article><header>); 'Por Laura Jordán / Javier Urbina 22 de Abril de 2022 - 00:00 HS' (UTC-6); the JSON-LD author is the site's name and tagline.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/laprensagrafica.com.fiscal.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.laprensagrafica.com/elsalvador/Fiscal-considera-necesario-ampliar-regimen-de-excepcion-20220421-0096.html"
timezone = "America/El_Salvador"
lang = "es"
title = "Fiscal considera necesario ampliar régimen de excepción"
published = datetime(2022, 4, 22, 6, 0, tzinfo=UTC)
authors = ["Laura Jordán", "Javier Urbina"]
