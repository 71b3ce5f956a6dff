"""'Carla Chevez Actualizado el 08/05/2022 02:14 a.m.': the date is shown only as an update, not scored. <meta name=author> names the desk ('Redacción Trome'), the JSON-LD the reporter.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/trome.pe-chollywood.html (Apache-2.0).
"""

url = "https://trome.pe/espectaculos/dia-de-la-madre-trome-celebro-con-las-mamitas-de-chollywood-magaly-medina-janet-barboza-noticia/"
timezone = "America/Lima"
lang = "es"
title = "Día de la Madre: Trome celebró con las mamitas de Chollywood"
authors = ["Carla Chevez"]
