"""A law portal's news (2016): og:title cut at the headline's first quotation mark ('Lula usava codinome ', the attribute closed by the quote), the <title> whole; the <h1>s are the section's ('Notícias') and the site map's, the headline an <h2>; '25/10/2016 11:35:00' under it (a time in no zone the page names: the day is scored). UTF-8 bytes under an iso-8859-1 <meta>. No byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/direito-do-estado/page.html (none stated).
"""

from datetime import date

url = "http://www.direitodoestado.com.br/noticias/lula-usava-codinome-amigo-em-planilhas-da-odebrecht-garante-a-pf"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = 'Lula usava codinome "amigo" em planilhas da Odebrecht, garante a PF'
published = date(2016, 10, 25)
