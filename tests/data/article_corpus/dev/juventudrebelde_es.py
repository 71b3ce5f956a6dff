"""Cuban youth daily: the <h1> is the paper's name, the headline an <h2 class="title">; 'Publicado: Miércoles 27 abril 2022 | 02:26:59 am. Updated: … 03:04:41 am.' (Havana, UTC-4; no date declared), 'Autor: Yuniel Labacena Romero' with his address.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/juventudrebelde.cu-internacional.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.juventudrebelde.cu/cuba/2022-04-27/un-bloque-internacional-en-el-desfile-del-1ro-de-mayo"
timezone = "America/Havana"
lang = "es"
title = "Un bloque internacional en el desfile del 1ro. de Mayo"
published = datetime(2022, 4, 27, 6, 26, tzinfo=UTC)
authors = ["Yuniel Labacena Romero"]
