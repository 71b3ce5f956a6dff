"""'Por: Redacción / Crítica - Martes 26 de abril de 2022 07:15 PM' (Panama, UTC-5); the JSON-LD agrees (19:15), article:published_time says 19:30. No author scored: the desk. The header shows the day the page was saved ('Miercoles 27 de Abril de 2022') in a <time>.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/critical.com.pa-amador.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.critica.com.pa/nacional/alerta-empresarios-chinos-quieren-rellenar-50-hectareas-de-amador-628065"
timezone = "America/Panama"
lang = "es"
title = "¡Alerta! Empresarios chinos quieren rellenar 50 hectáreas de Amador"
published = datetime(2022, 4, 27, 0, 15, tzinfo=UTC)
