"""A legal news site (2016): og:title '   headline - Espaço Vital' (leading spaces; the headline itself holds an en dash and a spaced hyphen, 'Padre – que também é advogado - pagará …'), twitter:title the headline alone, <title> 'headline |  Espaço Vital', og:site_name 'ESPAÇO VITAL -  Notícias Jurídicas'; the headline an <h2>, no <h1>; 'Dano moral | Publicação em 25.10.16' under it (a day). The author <meta> names the web agency: no byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/espaco-vital/page.html (none stated).
"""

from datetime import date

url = "http://www.espacovital.com.br/publicacao-34458-padre-ndash-que-tambem-e-advogado--pagara-indenizacao-de-r-132-mil-por-impedir-interrupcao-de-gravid"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "Padre – que também é advogado - pagará indenização de R$ 132 mil por impedir interrupção de gravidez"
published = date(2016, 10, 25)
