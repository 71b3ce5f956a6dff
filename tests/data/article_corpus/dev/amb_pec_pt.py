"""A magistrates' association's news (WordPress, 2016): og:title, twitter:title and <title> all 'AMB  |  headline' (the site's name first, a spaced bar; og:site_name 'AMB'); nine menu <h1>s before the headline's; '| 25.10.2016' after it in an <h5>'s <time> (a day). No byline (the association's own note).

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/amb/page.html (none stated).
"""

from datetime import date

url = "http://www.amb.com.br/novo/?p=32293"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "“É a PEC do desmonte da Constituição”, diz presidente da AMB"
published = date(2016, 10, 25)
