"""A state assembly's news (2016): og:title and <title> 'Assembleia Legislativa do Estado do Maranhão - headline' (the assembly's long name first; <meta name="title"> the name and a dangling ' - '; no og:site_name); the <h1> is the headline; '25/10/2016 21h17' above it (a time in no zone the page names: the day is scored). 'Assecom/ Dep. Vinicius Louro' under it credits a deputy's press office: no author scored.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/al-ma/page.html (none stated).
"""

from datetime import date

url = "http://www.al.ma.gov.br/noticias/31407"
timezone = "America/Fortaleza"
lang = "pt-BR"
title = "Vinicius Louro e Secretário de Estado anunciam retomada das obras do hospital de Pedreiras"
published = date(2016, 10, 25)
