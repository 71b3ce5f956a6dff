"""Real page: the tag archive "borboletas" (butterflies) of Grupo icarus, a Portuguese
butterfly watchers' group (icarus.borboletas.net; WordPress, Hestia theme), in the static export
kept in carlosfranquinho/icarus (July 2025; links root-relative). European Portuguese
(`lang="pt-PT"`). Seven <article class="card card-blog"> cards: a thumbnail, a category kicker
("diurnas", "noturnas"), an <h2 class="card-title entry-title"> title link, a one-line excerpt
(the walk's place) and "Por Carlos Franquinho, Há 11 anos" (by …, 11 years ago): the age is a
<time class="entry-date published" datetime="2014-07-13T21:18:24+01:00"> inside a link, followed
by a hidden <time class="updated hestia-hidden"> that holds "13 de Julho, 2014". The machine
date is the publication (exact datetimes). Authors: the linked name. Not entries: the menu, the
kickers, the footer. `now`: the commit that last changed the page.
"""

from datetime import UTC, datetime

url = "https://icarus.borboletas.net/tag/borboletas/"
timezone = "Europe/Lisbon"
now = datetime(2025, 7, 15, 19, 37, tzinfo=UTC)


entries = [
    {
        "link": "https://icarus.borboletas.net/2014/07/13/9a-caminhada-diurna-o-vale-do-lapedo/",
        "title": "9ª caminhada diurna: o Vale do Lapedo",
        "published": datetime(2014, 7, 13, 20, 18, tzinfo=UTC),
        "author": "Carlos Franquinho",
    },
    {
        "link": "https://icarus.borboletas.net/2014/06/15/8a-caminhada-diurna-pateira-de-fermentelos/",
        "title": "8ª caminhada diurna: Pateira de Fermentelos",
        "published": datetime(2014, 6, 15, 16, 26, tzinfo=UTC),
        "author": "Carlos Franquinho",
    },
    {
        "link": "https://icarus.borboletas.net/2013/07/06/3a-caminhada-diurna-o-vale-dos-poios/",
        "title": "3ª caminhada diurna: o Vale dos Poios",
        "published": datetime(2013, 7, 6, 21, 5, tzinfo=UTC),
        "author": "Carlos Franquinho",
    },
    {
        "link": "https://icarus.borboletas.net/2013/04/14/abril-entre-ribeiras-e-clareiras/",
        "title": "1ª caminhada diurna: Entre Ribeiras e Clareiras",
        "published": datetime(2013, 4, 14, 19, 34, tzinfo=UTC),
        "author": "Carlos Franquinho",
    },
    {
        "link": "https://icarus.borboletas.net/2012/06/18/3a-sessao-de-observacao-de-borboletas-noturnas/",
        "title": "3ª sessão de observação de borboletas noturnas",
        "published": datetime(2012, 6, 18, 21, 15, tzinfo=UTC),
        "author": "Carlos Franquinho",
    },
    {
        "link": "https://icarus.borboletas.net/2012/06/16/2a-sessao-de-observacao-de-borboletas-noturnas/",
        "title": "2ª sessão de observação de borboletas noturnas",
        "published": datetime(2012, 6, 16, 20, 0, tzinfo=UTC),
        "author": "Carlos Franquinho",
    },
    {
        "link": "https://icarus.borboletas.net/2012/06/15/1a-sessao-de-observacao-de-borboletas-noturnas/",
        "title": "1ª sessão de observação de borboletas noturnas",
        "published": datetime(2012, 6, 15, 12, 29, tzinfo=UTC),
        "author": "Carlos Franquinho",
    },
]
