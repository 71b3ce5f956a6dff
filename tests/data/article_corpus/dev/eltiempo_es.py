"""'medellín 04 de mayo 2022, 12:00 A. M. David Andres Calle Atehortua 04 de mayo 2022, 12:00 A. M.': a desk ('medellín', also the JSON-LD author) and a reporter; the shown time is midnight of the day after the JSON-LD's datePublished (2022-05-03 13:32), not scored.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/eltiempo.com-candidatos.html (Apache-2.0).
"""

url = "https://www.eltiempo.com/colombia/medellin/elecciones-2022-candidatos-presidenciales-en-la-universidad-eafit-669594"
timezone = "America/Bogota"
lang = "es"
title = "Candidatos se enfrentaron a las preguntas de estudiantes"
authors = ["David Andres Calle Atehortua"]
