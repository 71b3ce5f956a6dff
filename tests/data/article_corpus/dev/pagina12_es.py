"""'Por Luciana Bertoia 4 de mayo de 2022 - 00:38' (Buenos Aires, UTC-3). article:published_time is a count of seconds; the JSON-LD headline is a lone backslash (its quotation marks unescaped); og:title joins the headline and the subtitle with a bar (counted too).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/pagina12.com.ar-suprema.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.pagina12.com.ar/419327-la-corte-suprema-no-imparte-justicia-sino-injusticia"
timezone = "America/Argentina/Buenos_Aires"
lang = "es"
title = '"La Corte Suprema no imparte justicia sino injusticia"'
also_titles = [
    '"La Corte Suprema no imparte justicia sino injusticia" | Todo listo para la movilización que convocan los organismos de derechos humanos junto a sindicatos, organizaciones sociales y partidos políticos'
]
published = datetime(2022, 5, 4, 3, 38, tzinfo=UTC)
authors = ["Luciana Bertoia"]
