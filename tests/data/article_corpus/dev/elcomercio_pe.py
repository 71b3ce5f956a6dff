"""'Redacción EC 07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17' (Lima, UTC-5). No author scored: the desk.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elcomercio.pe-kenjifujimori.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://elcomercio.pe/politica/justicia/kenji-fujimori-juicio-contra-excongresista-por-presunta-compra-de-votos-continuara-el-18-de-mayo-pedro-pablo-kuczynski-ppk-fiscalia-rmmn-noticia/"
timezone = "America/Lima"
lang = "es"
title = "Kenji Fujimori: juicio por presunta compra de votos continuará el 18 de mayo"
published = datetime(2022, 5, 8, 1, 6, tzinfo=UTC)
