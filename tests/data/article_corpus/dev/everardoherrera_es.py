"""A Costa Rican football site on Joomla: the <h1> is empty (the headline is in an <h2>, og:title the site's slogan), 'Publicado: Jueves, 21 Abril 2022 04:45 Escrito por Jose Pablo Segura Vargas' (no zone named: Costa Rica's, UTC-6); the author <meta> is the site's address.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/everardoherrera.com-momento.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.everardoherrera.com/index.php/futbol-costa-rica-5/88286-alajuelense-se-distancia-en-el-liderato-y-herediano-ratifica-su-gran-momento"
timezone = "America/Costa_Rica"
lang = "es"
title = "Alajuelense se distancia en el liderato y Herediano ratifica su gran momento"
published = datetime(2022, 4, 21, 10, 45, tzinfo=UTC)
authors = ["Jose Pablo Segura Vargas"]
