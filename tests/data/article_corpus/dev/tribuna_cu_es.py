"""Havana's weekly: the <title> is the paper's name only; '26 Abril 2022 20:04:10 | Oscar Alvarez Delgado' under the lead (Havana, UTC-4; no date declared), his name again in the photographs' credits; the header's 'Miercoles 27, Abril de 2022 05:43 am' is the day it was saved.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/tribuna.cu-lahabana.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.tribuna.cu/capitalinas/2022-04-26/la-habana-se-alista-para-el-primero-de-mayo"
timezone = "America/Havana"
lang = "es"
title = "La Habana se alista para el Primero de Mayo"
published = datetime(2022, 4, 27, 0, 4, tzinfo=UTC)
authors = ["Oscar Alvarez Delgado"]
