"""'miércoles, 11 de mayo de 2022 - 3:40 a.m. Por Gloria Ruiz Kuilan': the time shown is the UTC time of the JSON-LD's datePublished (03:40Z, 23:40 on the 10th in Puerto Rico) in no named zone, a day after the local one: not scored. Related stories' headlines are <h1>s too ('Relacionados:').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elnuevodia.com-mujeres.html (Apache-2.0).
"""

url = "https://www.elnuevodia.com/noticias/politica/notas/lider-de-la-organizacion-mujeres-populares-denuncia-intentos-del-ppd-de-silenciarla/"
timezone = "America/Puerto_Rico"
lang = "es"
title = "Líder de la organización Mujeres Populares denuncia intentos del PPD de silenciarla"
authors = ["Gloria Ruiz Kuilan"]
