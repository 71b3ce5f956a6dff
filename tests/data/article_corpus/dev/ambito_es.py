"""'Política 04 mayo 2022 - 00:00' under the headline (Argentina, UTC-3; JSON-LD's datePublished '2022-05-04T03:00:00 UTC' agrees), 'Por Mariano Martín' with his address in the body's person box.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/ambito.com-paritarias.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.ambito.com/politica/paritarias/al-rojo-gremios-la-alimentacion-marcan-inflacion-53-abril-y-amenazan-paro-n5431248"
timezone = "America/Argentina/Buenos_Aires"
lang = "es"
title = "Paritarias al rojo: gremios de la alimentación marcan inflación de 5,3% en abril y amenazan con paro"
published = datetime(2022, 5, 4, 3, 0, tzinfo=UTC)
authors = ["Mariano Martín"]
