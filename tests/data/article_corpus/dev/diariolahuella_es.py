"""'por Redaccion 21/04/2022': no author scored (the desk). Two JSON-LD blocks: Yoast's (02:37Z on the 22nd, 20:37 local on the 21st) and another with a zoneless local time ('2022-04-21 20:37:15'); two article:published_time <meta>s in two zones.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/diariolahuella.com-aeropuerto.html (Apache-2.0).
"""

from datetime import date

url = "https://diariolahuella.com/inicia-estudio-para-desarrollar-los-proyectos-tren-del-pacifico-y-aeropuerto-internacional-del-pacifico/"
timezone = "America/El_Salvador"
lang = "es"
title = (
    "Inicia estudio para desarrollar los proyectos Tren del Pacífico y Aeropuerto Internacional del Pacífico"
)
published = date(2022, 4, 21)
