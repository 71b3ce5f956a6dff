"""An animal-rights news agency (WordPress, 2016): og:title and <title> 'headline - ANDA - Agência de Notícias de Direitos Animais' (og:site_name 'ANDA -  Agência …' with two spaces); a section <h2> above the <h1>, and later <h1>s for a donation box and other stories; '25 de outubro de 2016 às 23:20' under the headline (article:published_time 23:20:47-02:00, article:modified_time the same morning). No byline.

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/pt/anda/page.html (none stated).
"""

from datetime import UTC, datetime

url = "http://www.anda.jor.br/25/10/2016/castracao-de-caes-e-gatos-e-oferecida-gratuitamente-em-paraiba-do-sul-rj"
timezone = "America/Sao_Paulo"
lang = "pt-BR"
title = "Castração de cães e gatos é oferecida gratuitamente em Paraíba do Sul (RJ)"
published = datetime(2016, 10, 26, 1, 20, tzinfo=UTC)
