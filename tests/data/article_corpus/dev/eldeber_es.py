"""'Ariel Melgar Cabrera 3/5/2022 22:41' (Bolivia, UTC-4; day first); the JSON-LD date is in RFC 1123 ('Wed, 04 May 2022 02:41:00 GMT') and its headline escapes the quotation marks as '&quot;'; og:title ends with the site's name after a bar.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/eldeber.com.bo-autos.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://eldeber.com.bo/santa-cruz/investigador-chileno-asegura-que-no-publico-todo-su-material-el-90-de-los-autos-robados-estan-en-pos_276757"
timezone = "America/La_Paz"
lang = "es"
title = 'Investigador chileno asegura que no publicó todo su material: "El 90% de los autos robados están en posesión de autoridades bolivianas"'
published = datetime(2022, 5, 4, 2, 41, tzinfo=UTC)
authors = ["Ariel Melgar Cabrera"]
