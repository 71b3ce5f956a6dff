"""An empty <h1> (the logo's) before the headline's; 'Autor: www.portalspozywczy.pl' and 'Data: 28-04-2021, 09:29' in a list. No author scored: the byline is the site's address (the JSON-LD Person too). og:title adds the section ('- Handel dystrybucja').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Eurocash rusza z Innowacyjną Platformą Handlu - Handel dystrybucja.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.portalspozywczy.pl/handel/wiadomosci/eurocash-rusza-z-innowacyjna-platforma-handlu,198264.html"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Eurocash rusza z Innowacyjną Platformą Handlu"
published = datetime(2021, 4, 28, 7, 29, tzinfo=UTC)  # 2021-04-28 09:29 Europe/Warsaw
