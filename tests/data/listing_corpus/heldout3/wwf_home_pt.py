"""Real page: the home page of WWF Brasil (wwf.org.br, the Panda CMS's templates), saved by
mediacloud/metadata-lib on 25 March 2024. `lang=pt`. The list is "Últimas notícias": a
slider of <a class=news-block> cards, each a cover picture (its credit in a <div>), "Posted
on 21 mar 2024" (an English label before a Portuguese day, compared as the local day), the
title in a <p class="title … text-uppercase"> (capitals by CSS only: the title as written)
and a standfirst; links relative to the site ("?88102/Anote-na-agenda…"). No bylines (author
None). Not entries: the campaign banners ("Hora do Planeta 2024", the donation box), the six
highlight cards further down (undated, some to the library), the shop, the "Combate à
desinformação" and social blocks, menus, the footer's list of WWF offices.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpwwforgbr (Apache-2.0).
"""

from datetime import UTC, date, datetime

url = "https://www.wwf.org.br/"
timezone = "America/Sao_Paulo"
now = datetime(2024, 3, 25, 15, 23, tzinfo=UTC)

entries = [
    {
        "link": "https://www.wwf.org.br/?88102/Anote-na-agenda-sabado-23-as-20h30-acontece-a-Hora-do-Planeta",
        "title": "Anote na agenda: sábado (23) às 20h30 acontece a Hora do Planeta",
        "published": date(2024, 3, 21),
        "author": None,
    },
    {
        "link": "https://www.wwf.org.br/?88081/Amazonas-deve-investir-em-transicao-energetica-justa-para-melhorar-qualidade-de-vida-a-partir-de-solucoes-locais",
        "title": "Amazonas deve investir em transição energética justa para melhorar qualidade de vida a partir de soluções locais",
        "published": date(2024, 3, 20),
        "author": None,
    },
    {
        "link": "https://www.wwf.org.br/?88080/CCJ-da-Camara-aprova-projeto-que-desidrata-Lei-da-Mata-Atlantica-e-ameaca-todos-os-biomas-brasileiros",
        "title": "CCJ da Câmara aprova projeto que desidrata Lei da Mata Atlântica e ameaça todos os biomas brasileiros",
        "published": date(2024, 3, 20),
        "author": None,
    },
]
