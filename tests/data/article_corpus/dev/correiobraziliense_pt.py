"""'LP Luana Patriolino RF Raphael Felice postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50' (Brasília, UTC-3): the JSON-LD marks the local time Z (05:49:00Z) and article:published_time is malformed ('2022-05-04-0305:49:00-10800'); <meta name=author> holds both names in one string.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/correiobraziliense.com.br-poderes.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.correiobraziliense.com.br/politica/2022/05/5005250-de-novo-em-busca-da-tregua-institucional.html"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "Pacheco e Fux tentam uma trégua institucional entre os Poderes"
published = datetime(2022, 5, 4, 8, 49, tzinfo=UTC)
authors = ["Luana Patriolino", "Raphael Felice"]
