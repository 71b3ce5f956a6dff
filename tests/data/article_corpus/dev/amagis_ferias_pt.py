"""A judges' association's news (2016): og:title and <title> the section's and the site's names ('Notícias da AMAGIS | AMAGIS - Associação dos Magistrados Mineiros'), never the headline; the <h1> holds the headline; '25/10/2016 - 15:05' under it (a time in no zone the page names: the day is scored). No byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/amagis/page.html (none stated).
"""

from datetime import date

url = "http://www.amagis.com.br/plus/modulos/noticias/ler.php?cdnoticia=21911"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "Informe do TJMG sobre indenização de férias"
published = date(2016, 10, 25)
