"""'Por Juliet Jimenez 5 mayo, 2022, 6:12 pm' (UTC-5); the JSON-LD headline ends with the site's name after a bar; its author is an @id of the page.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/minuto30-lasierra.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.minuto30.com/policia-hace-presencia-en-la-sierra/1331134/"
timezone = "America/Bogota"
lang = "es"
title = "La Policía dice que todo ‘tranqui’ en La Sierra, reforzaron los uniformados en el sector"
published = datetime(2022, 5, 5, 23, 12, tzinfo=UTC)
authors = ["Juliet Jimenez"]
