"""Cuban party daily: three bylines 'Autor: Alina Perera Robbio | perera@juventudrebelde.cu' (and two more) above '26 de abril de 2022 23:04:54' in a <time class="dateline"> whose datetime has no zone (Havana, UTC-4 in April); the header shows 'LA HABANA, 27 DE ABRIL DE 2022'; the canonical link is the home page's.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/granma.cu-medidadecuba.htlm.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.granma.cu/pensar-en-qr/2022-04-26/prepararse-para-dirigir-a-la-medida-de-cuba-26-04-2022-23-04-54"
timezone = "America/Havana"
lang = "es"
title = "Prepararse para dirigir a la medida de Cuba (+ Video)"
published = datetime(2022, 4, 27, 3, 4, tzinfo=UTC)
authors = ["Alina Perera Robbio", "Yaima Puig Meneses", "René Tamayo León"]
