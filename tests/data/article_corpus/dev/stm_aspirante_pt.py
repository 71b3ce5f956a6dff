"""A military court's news agency (Joomla, 2016): og:title and <title> 'STM - headline' where the headline itself begins with 'STM'; a <meta name="title"> without the prefix; the headline in an <h2 class="itemTitle"> (no <h1>); '25/10/2016' above it (a day). No byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/stm/page.html (none stated).
"""

from datetime import date

url = "https://www.stm.jus.br/informacao/agencia-de-noticias/item/6626-stm-mantem-condenacao-de-civil-que-se-passou-por-aspirante-do-exercito-e-assumiu-cargo-em-quartel-de-sao-luiz-ma"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "STM mantém condenação de civil que se passou por aspirante do Exército e assumiu cargo em quartel de São Luiz"
published = date(2016, 10, 25)
