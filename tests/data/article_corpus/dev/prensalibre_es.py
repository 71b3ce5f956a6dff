"""'por Henry Montenegro Publicado el 21 de abril de 2022 a las 22:04h' (UTC-6); a first <h1> is a widget's ('Ahora Últimas noticias'); a hidden author box shows another day ('20 de abril de 2022 a las 08:39h').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/prensalibre.com-tendencia.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.prensalibre.com/economia/tendencia-de-precios-de-los-combustibles-en-guatemala-es-al-alza-pero-de-forma-moderada-segun-el-mem/"
timezone = "America/Guatemala"
lang = "es-GT"
title = (
    "Tendencia de precios de los combustibles en Guatemala es al alza, pero de forma moderada, según el MEM"
)
published = datetime(2022, 4, 22, 4, 4, tzinfo=UTC)
authors = ["Henry Montenegro"]
