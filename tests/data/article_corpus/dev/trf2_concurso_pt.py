"""A federal court's portal (WordPress, 2016): og:title, twitter:title and <title> 'headline • Portal TRF2' (a bullet before og:site_name), the headline ending in an asterisk (a note that the story is the CNJ's); the <h1> is the logo's, the headline an <h2 class="titulo-post">; 'Publicado em 25/10/2016' after it (a day; article:published_time 17:41 that day). No byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/trf-2/page.html (none stated).
"""

from datetime import date

url = "http://www10.trf2.jus.br/portal/cnj-institui-concurso-de-sentencas-emblematicas-em-direitos-humanos/"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "CNJ institui concurso de sentenças emblemáticas em Direitos Humanos*"
published = date(2016, 10, 25)
