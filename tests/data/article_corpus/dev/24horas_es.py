"""'Agencia EFE 04.05.2022 Por Agencia EFE' under the headline: the day only; no author scored (an agency). article:published_time says -0300 and the JSON-LD -0400 for the same time.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/24horas.cl-segundo.html (Apache-2.0).
"""

from datetime import date

url = "https://www.24horas.cl/politica/presidente-boric-inicia-gira-por-magallanes-este-miercoles-5287894"
timezone = "America/Santiago"
lang = "es"
title = "Segundo viaje oficial fuera de Santiago: Presidente Boric inicia gira por Magallanes este miércoles"
published = date(2022, 5, 4)
