"""'05/10/2018 - Publicado por: Clarissa Borba' (day first).

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/f6ac15a4d98511396da23e4428deb5605422b1c8bbc8284e771f6896bdccf57f.html.gz (MIT).
"""

from datetime import date

url = (
    "http://jaraguadosul.com.br/news/servi-o-de-atendimento-domiciliar-registra-arrombamento-em-dois-ve-culos"
)
timezone = "America/Sao_Paulo"
lang = "pt"
title = "Atendimento Domiciliar registra arrombamento em veículos"
published = date(2018, 10, 5)
authors = ["Clarissa Borba"]
