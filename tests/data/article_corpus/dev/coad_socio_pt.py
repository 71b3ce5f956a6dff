"""A tax-publishing company's news (2016): og:title, <title> and <meta name="title"> 'COAD - headline' (the company's name first, a spaced hyphen; no og:site_name); the <h1> is the section's ('Notícias'); '25/10/2016 - 16:39h' then the kicker 'Projeto de Lei' above the headline, a <p class="sub_tit"> (a time in no zone the page names: the day is scored). No byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/coad/page.html (none stated).
"""

from datetime import date

url = "http://www.coad.com.br/home/noticias-detalhe/75438/socio-podera-ter-livre-acesso-a-contabilidade-da-empresa"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "Sócio poderá ter livre acesso à contabilidade da empresa"
published = date(2016, 10, 25)
