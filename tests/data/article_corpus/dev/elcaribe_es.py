"""'Eliana Ledesma 22 abril, 2022' under the headline. The <time datetime> and a datePublished <meta> hold the local time marked +00:00 (00:00:54); the JSON-LD has 04:00:54+00:00 (UTC-4).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elcaribe.com-familiares.html (Apache-2.0).
"""

from datetime import date

url = "https://www.elcaribe.com.do/panorama/pais/familiares-de-varios-desaparecidos-narran-son-tratados-con-apatia/"
timezone = "America/Santo_Domingo"
lang = "es"
title = "Familiares de varios desaparecidos narran son tratados con apatía"
published = date(2022, 4, 22)
authors = ["Eliana Ledesma"]
