"""'Víctor Castellanos 10 mayo, 2022' under the headline; the JSON-LD author is an @id reference.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/ultimasnoticias.com.ve-ucraina.html (Apache-2.0).
"""

from datetime import date

url = "https://ultimasnoticias.com.ve/noticias/mundo/ucrania-interrumpe-paso-de-gas-ruso-a-europa-por-su-territorio/"
timezone = "America/Caracas"
lang = "es"
title = "Ucrania interrumpe paso de gas ruso a Europa por su territorio"
published = date(2022, 5, 10)
authors = ["Víctor Castellanos"]
