"""'Por Rodolfo Costa Brasília 03/05/2022 21:44' (UTC-3). og:title, <title> and the JSON-LD hold a shorter social headline (counted too); <meta name=author> is 'null'.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/gazetadopovo.com.br-pacheco.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.gazetadopovo.com.br/republica/o-que-pacheco-pretende-acenos-ao-stf-e-propor-limites-ao-indulto-presidencial/"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "O que Pacheco pretende ao fazer acenos ao STF e propor limites ao indulto presidencial"
also_titles = ["O que Pacheco pretende com acenos ao STF e à limitação do indulto"]
published = datetime(2022, 5, 4, 0, 44, tzinfo=UTC)
authors = ["Rodolfo Costa"]
