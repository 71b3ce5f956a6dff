"""'4 de maio de 2022, 05:34 h Atualizado em 4 de maio de 2022, 05:35' (Brasília, UTC-3). The only <h1> is the section's name ('Brasília'); the headline is an <h2 class="article__headline">. No byline is shown (the JSON-LD and <meta> name one): not scored; the first JSON-LD item is the site's, its headline the site's slogan.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/brasil247.com-militares.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.brasil247.com/regionais/brasilia/militares-enviaram-88-questoes-ao-tse-sobre-eleicoes-e-urnas-eletronicas"
timezone = "America/Sao_Paulo"
lang = "pt-br"
title = "Militares enviaram 88 questões ao TSE sobre eleições e urnas eletrônicas"
published = datetime(2022, 5, 4, 8, 34, tzinfo=UTC)
