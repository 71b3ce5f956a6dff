"""Panamanian paper: 'Por María Alejandra Carrasquilla Reina' with her address run on, then 'Actualizado 27/04/2022 00:00 Creado 27/04/2022 00:00' (the update shown first; <time datetime> a count of seconds, 05:00 UTC); the author <meta> is the publisher's.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/laestrella.com.pa-laboral.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.laestrella.com.pa/cafe-estrella/cultura/220427/espacio-fisico-agente-determina-dinamica"
timezone = "America/Panama"
lang = "es"
title = "El espacio físico, un agente que determina la dinámica en el entorno laboral"
published = datetime(2022, 4, 27, 5, 0, tzinfo=UTC)
authors = ["María Alejandra Carrasquilla Reina"]
