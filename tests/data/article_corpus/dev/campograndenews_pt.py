"""'Por Adriano Fernandes 03/05/2022 20:36' (Mato Grosso do Sul, UTC-4); <meta name=author> names the site.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/campograndenews.com.br-adolescente.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.campograndenews.com.br/cidades/interior/adolescente-encontrada-morta-em-vala-estava-gravida-de-3-meses"
timezone = "America/Campo_Grande"
lang = "pt-br"
title = "Adolescente encontrada morta em vala estava grávida de 3 meses, confirma irmã"
published = datetime(2022, 5, 4, 0, 36, tzinfo=UTC)
authors = ["Adriano Fernandes"]
