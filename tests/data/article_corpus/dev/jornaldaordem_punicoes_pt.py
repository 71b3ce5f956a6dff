"""A bar association's paper (2016): og:title and <title> 'headline - JO' (two letters of the paper's name after a spaced hyphen; og:site_name the same whole string); the <h1> is the dateline '25.10.16 | Advocacia' (a day) above the headline's <h2>; the second <h1> a login box's. The author <meta> names the web agency: no byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/jornal-ordem-rs/page.html (none stated).
"""

from datetime import date

url = "http://www.jornaldaordem.com.br/noticia-ler/punicoes-juizes-no-brasil-sao-deboche-sociedade-diz-presidente-oab/41076"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = 'Punições a juízes no Brasil são "deboche à sociedade", diz presidente da OAB'
published = date(2016, 10, 25)
