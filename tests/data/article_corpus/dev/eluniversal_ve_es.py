"""'AFP 10/05/2022 05:22 pm' (Caracas, UTC-4): no author scored (an agency). The only <h1> is the logo's (empty); the headline is an <h2 class="title">. og:title and the JSON-LD headline are cut at the quotation mark ('… califica a Biden de').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/eluniversal.com-senador.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.eluniversal.com/internacional/125703/senador-republicano-califica-a-biden-de-incapacitado"
timezone = "America/Caracas"
lang = "es"
title = 'Senador republicano califica a Biden de "incapacitado"'
published = datetime(2022, 5, 10, 21, 22, tzinfo=UTC)
