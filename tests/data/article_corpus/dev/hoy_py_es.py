"""'Nacionales 6 de mayo de 2022 05:30' above the headline (Paraguay, UTC-4 in May 2022). No byline: authors not scored. Other stories' headlines below are <h1>s of the same class.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/hoy.com-daran.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.hoy.com.py/nacionales/daran-bendicion-a-vehiculos-este-sabado"
timezone = "America/Asuncion"
lang = "es"
title = "Darán bendición a vehículos este sábado"
published = datetime(2022, 5, 6, 9, 30, tzinfo=UTC)
