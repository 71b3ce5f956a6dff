"""Salvadoran paper with no embedded date or author: 'Rebeca Monge' then 'Jueves, 21 de Abril de 2022' under the lead, in one line; the header's <time> shows the day it was saved ('Viernes, 22 de Abril de 2022'); sections' names are <h1>s after the headline's; <html lang="en"> on a Spanish page.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elfaro.net-asamblea.html (Apache-2.0).
"""

from datetime import date

url = "https://elfaro.net/es/202204/el_salvador/26136/Tras-una-semana-de-acoso-a-la-prensa-el-presidente-de-la-Asamblea-exige-a-periodistas-váyanse.htm"
timezone = "America/El_Salvador"
lang = "es"
title = 'Tras una semana de acoso a la prensa, el presidente de la Asamblea exige a periodistas: "váyanse"'
published = date(2022, 4, 21)
authors = ["Rebeca Monge"]
