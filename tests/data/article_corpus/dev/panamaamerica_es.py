"""'Luis Ávila / Seguir / (an e-mail link) / - Actualizado: 29/4/2022 - 12:00 am': the date is shown only as an update, not scored (the header's 'Viernes 29 de Abril de 2022' is the day's edition). <meta name=author> holds the name with a JSON escape ('Luis \u00c1vila').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/panamaamerica.com.pa-apropiarse.html (Apache-2.0).
"""

url = "https://www.panamaamerica.com.pa/judicial/buscan-apropiarse-ilegalmente-de-avion-de-ricardo-martinelli-en-guatemala-1205989"
timezone = "America/Panama"
lang = "es"
title = "Buscan apropiarse ilegalmente de avión de Ricardo Martinelli en Guatemala"
authors = ["Luis Ávila"]
