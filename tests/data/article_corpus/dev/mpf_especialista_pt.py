"""A federal prosecutors' portal (Plone, 2016): og:title the headline, the <title> 'headline — Procuradoria-Geral da República'; the <h1>s are the site's names, the headline a heading-less line under 'Cooperação Internacional 25 de Outubro de 2016 às 19h40' (a time in no zone the page names: the day is scored; Dublin Core dates only). The author <meta> names the institution: no byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/mpf/page.html (none stated).
"""

from datetime import date

url = "http://www.mpf.mp.br/pgr/noticias-pgr/especialista-ingles-vai-palestrar-na-comissao-sobre-10-medidas-contra-a-corrupcao"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "Especialista inglês vai palestrar na Comissão sobre 10 medidas contra a corrupção"
published = date(2016, 10, 25)
