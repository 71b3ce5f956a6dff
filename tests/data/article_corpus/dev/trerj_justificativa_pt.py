"""An electoral court's news (2016): og:title the headline, the <title> 'TRE-RJ — Visualiza Notícia - headline' (the site's name and the page's function before it); no <h1>; '21/10/2016 - 14:38' under the headline (a time in no zone the page names: the day is scored). UTF-8 bytes under an iso-8859-1 <meta>. No byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/tre-rj/page.html (none stated).
"""

from datetime import date

url = "http://www.tre-rj.jus.br/site/gecoi_arquivos/noticias/arq_133745.jsp?id=133745"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "Justificativa eleitoral agora pode ser feita pela internet"
published = date(2016, 10, 21)
