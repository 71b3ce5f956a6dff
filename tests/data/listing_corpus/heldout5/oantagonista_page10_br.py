"""Real page: O Antagonista (a Brazilian political news site) home stream, page 10 ("Page 10 of
13997"), of 11 June 2018, saved by crineu/oantagonista2's parser tests (test/pagina10.html,
committed 1 October 2018, 23:49 BRT: `now`). `lang="pt-BR"`, canonical address taken for `url`.
A header menu of sections, shows and social links, "Você está na página: 10", then six <article
class="post"> cards: "salvar" and "compartilhar" buttons (`href="#"`), one link holding an <h2>
title, a section name ("Brasil", "Mundo"), a <time> "11.06.18 15:10" over a zoneless `datetime`
with seconds ("2018-06-11 15:10:45", São Paulo time), on one card a byline "Por Diego Amorim"
and a teaser, and a second link "Ver mais" to the same post. Authors: the names after "Por",
None on cards without one. After the list: a newsletter form, a "TV Antagonista" box of three
video links (not entries) and the footer."""

from datetime import UTC, datetime

url = "https://www.oantagonista.com/pagina/10/"
timezone = "America/Sao_Paulo"
now = datetime(2018, 10, 2, 2, 50, tzinfo=UTC)

entries = [
    {
        "link": "https://www.oantagonista.com/brasil/plano-de-alckmin/",
        "title": "‘Plano A de Alckmin’",
        "published": datetime(2018, 6, 11, 18, 10, 45, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.oantagonista.com/brasil/manter-lula-nas-pesquisas-e-estrategia-ou-estelionato/",
        "title": "Manter Lula nas pesquisas é estratégia ou estelionato?",
        "published": datetime(2018, 6, 11, 18, 8, 32, tzinfo=UTC),
        "author": "Diego Amorim",
    },
    {
        "link": "https://www.oantagonista.com/mundo/clima-de-empolgacao-no-ar/",
        "title": "‘Clima de empolgação no ar’",
        "published": datetime(2018, 6, 11, 18, 5, 8, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.oantagonista.com/brasil/bolsonaro-teme-um-atentado/",
        "title": "Bolsonaro teme um atentado",
        "published": datetime(2018, 6, 11, 17, 58, 47, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.oantagonista.com/brasil/celso-de-mello-arquiva-investigacao-sobre-aloysio/",
        "title": "Celso de Mello arquiva investigação sobre Aloysio",
        "published": datetime(2018, 6, 11, 17, 53, 47, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.oantagonista.com/brasil/o-economista-ruim-de-bola/",
        "title": "O economista ruim de bola",
        "published": datetime(2018, 6, 11, 17, 31, 29, tzinfo=UTC),
        "author": None,
    },
]
