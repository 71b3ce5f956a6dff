"""A state audit court's news (Oracle portal, 2016): og:title '[TCE-RS] headline' (the body's acronym in brackets first), <title> 'TCE - Tribunal de Contas do Estado do Rio Grande do Sul :: headline'; the headline a <span> with no heading; 'Publish Date: 31-AUG-2016 11:02 AM' under it (a time in no zone the page names: the day is scored). UTF-8 bytes under an iso-8859-1 <meta>. No byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/tce-rs/page.html (none stated).
"""

from datetime import date

url = "http://www1.tce.rs.gov.br/portal/page/portal/tcers/administracao/gerenciador_de_conteudo/noticias/TCE-RS%20emite%20parecer%20desfavor%E1vel%20%E0s%20contas%20do%20prefeito%20de%20Dona%20Francisca"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "TCE-RS emite parecer desfavorável às contas do prefeito de Dona Francisca"
published = date(2016, 8, 31)
