"""The <h1> also holds the site's name ('Ultima Hora Mallorca'). The only date shown is the masthead's day: date and author not scored.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/spanish_article.html (MIT).
"""

url = "http://ultimahora.es/mallorca/noticia/noticias/local/fiscalia-anticorrupcion-estudia-recurre-imputacion-infanta.html"
timezone = "Europe/Madrid"
lang = "es"
title = "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"
