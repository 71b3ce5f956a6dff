"""'21.dez.2018 às 12h55' (Brasília time); the byline is not in the saved page's text near the article: author not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/folha/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "Tite diz que errou ao levar taça da Libertadores a Lula em 2012"
published = datetime(2018, 12, 21, 14, 55, tzinfo=UTC)  # 2018-12-21 12:55 America/Sao_Paulo
