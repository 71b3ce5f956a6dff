"""'Por Elpais.cr 21 abril, 2022': no author scored (the site). article:published_time is 05:46 UTC on the 22nd, 23:46 local on the 21st.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elpais.cr-gobierno.html (Apache-2.0).
"""

from datetime import date

url = "https://www.elpais.cr/2022/04/21/gobierno-entrega-directriz-para-fortalecer-ciberseguridad-del-sector-publico-tico/"
timezone = "America/Costa_Rica"
lang = "es"
title = "Gobierno entrega directriz para fortalecer ciberseguridad del sector público tico"
published = date(2022, 4, 21)
