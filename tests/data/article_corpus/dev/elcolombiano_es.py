"""'Jacobo Betancur Peláez | Publicado hace 3 horas' in an <h6>: a relative date, not scored. The JSON-LD and <meta name=author> name the site ('El Colombiano').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elcolumbiano.com-alcaldia.html (Apache-2.0).
"""

url = "https://www.elcolombiano.com/antioquia/polemica-por-buses-de-la-alcaldia-en-casa-de-gustavo-petro-en-la-floresta-EN17385450"
timezone = "America/Bogota"
lang = "es"
title = "¿Buses de la Alcaldía al servicio de Petro?"
authors = ["Jacobo Betancur Peláez"]
