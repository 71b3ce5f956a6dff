"""A federal court's news (2016): og:title the headline, the <title> 'JFAL - Notícias - headline' (the court's acronym and the section before it), og:site_name 'JFAL - Justiça Federal em Alagoas', og:article:published_time 13:33-02:00; no <h1>; 'Terça-feira, 25 de outubro de 2016 13:33' above the headline (a time in no zone the page names: the day is scored). No byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/jf-al/page.html (none stated).
"""

from datetime import date

url = "http://www.jfal.jus.br/noticias/4078"
timezone = "America/Maceio"
lang = "pt-BR"
title = "Semana do Servidor da JFAL: confira programação atualizada"
published = date(2016, 10, 25)
