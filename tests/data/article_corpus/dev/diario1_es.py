"""Salvadoran paper: the section's name ('POLÍTICA') is an <h1> before the headline's, other stories' titles are <h1>s after it. 'Abril 19, 2022' above the headline (a day; no date declared); the byline is an agency (EFE): no author scored. The header shows the day it was saved ('Viernes 22 de abril del 2022').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/diario1.com-legislativa.html (Apache-2.0).
"""

from datetime import date

url = "http://diario1.com/politica/2022/04/asamblea-legislativa-aprueba-ley-especial-para-construccion-de-carceles/"
timezone = "America/El_Salvador"
lang = "es"
title = "Asamblea Legislativa aprueba ley especial para construcción de cárceles"
published = date(2022, 4, 19)
