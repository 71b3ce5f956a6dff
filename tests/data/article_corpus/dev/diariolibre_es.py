"""'Graciela Cuevas Santo Domingo - abr. 22, 2022 | 12:01 a. m.' (UTC-4; month first, abbreviated); the JSON-LD's author is written 'Graciela-Cuevas' and its headline has lost the quotation marks and gained the site's name; an ArticlePublicationDate <meta> holds the local time marked Z; the <title> holds an SEO headline.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/diariolibre.com-republica.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.diariolibre.com/economia/agro/2022/04/22/la-fao-advierte-de-una-escalada-de-precios-prolongada-en-rd/1782277"
timezone = "America/Santo_Domingo"
lang = "es"
title = 'República Dominicana "debe prepararse para una escalada de precios prolongada", advierte la FAO'
published = datetime(2022, 4, 22, 4, 1, tzinfo=UTC)
authors = ["Graciela Cuevas"]
