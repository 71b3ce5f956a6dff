"""Bolivian paper: 'Seguridad Por Redacción Diario Pagina Siete martes, 3 de mayo de 2022 · 23:57' (La Paz, UTC-4; a desk: no author scored, declared as a Person with an escaped accent); the JSON-LD's datePublished is malformed ('2022-5-3T23:57:00', no zone); the header shows the day it was saved ('Miércoles 4 de Mayo 2022 en La Paz').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/paginasiete.bo-carabineros.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.paginasiete.bo/seguridad/2022/5/3/policia-anuncia-coordinacion-con-carabineros-para-investigar-otros-casos-de-robo-de-vehiculos-330199.html"
timezone = "America/La_Paz"
lang = "es"
title = "Policía anuncia coordinación con Carabineros para investigar otros casos de robo de vehículos"
published = datetime(2022, 5, 4, 3, 57, tzinfo=UTC)
