"""Real page: the home page of "dias de pressão" (diasdepressao.com, pt-BR, a WordPress devotional
blog) on 4 December 2015, saved by TeamHG-Memex/Formasaurus as
formasaurus/data/html/diasdepressao.com-0.html. Ten <div class="post … hentry"> in the left column,
each opening with <div class=postmetadata>: a date badge linking the post (<span class=month>out</span>
<span class=day>06</span> <span class=year>2015</span>, with hAtom's <span class=published>6 de
outubro de 2015</span> and <span class=updated>…</span> beside them) and <span class="meta-author
vcard author">por <span class=fn>cesar</span></span>; then a thumbnail link, <h3
class=entry-title><a>title</a></h3>, "Postado em <a>DIAS DIFÍCEIS.</a>" (the category), a teaser
and "Leia mais". Links: the <h3> links. Titles: their text. Published: the badge's day, the
`published` one (a `date`; the `updated` day is later on most posts). Authors: the name after
"por". Not entries: the header's menu and slider, the sidebar's widgets, the pager. `now`: the
commit that added the page (2015-12-04 07:02 +0500).
"""

from datetime import UTC, date, datetime

url = "http://diasdepressao.com/"
timezone = "America/Sao_Paulo"
now = datetime(2015, 12, 4, 2, 2, tzinfo=UTC)

entries = [
    {
        "link": "http://diasdepressao.com/voces-nao-tem-carater-e-sao-ladroes/",
        "title": "Vocês não tem caráter e são ladrões.",
        "published": date(2015, 10, 6),
        "author": "cesar",
    },
    {
        "link": "http://diasdepressao.com/qual-e-a-verdadeira-forma-de-se-contribuir-para-o-reino-de-deus/",
        "title": "Qual é a verdadeira forma de se contribuir para o Reino de DEUS?",
        "published": date(2015, 10, 1),
        "author": "cesar",
    },
    {
        "link": "http://diasdepressao.com/conhecendo-o-deus-verdadeiro/",
        "title": "CONHECENDO O DEUS VERDADEIRO.",
        "published": date(2015, 10, 1),
        "author": "cesar",
    },
    {
        "link": "http://diasdepressao.com/inutil-e-confiar-em-nos-mesmos/",
        "title": "Inútil É Confiar Em Nós Mesmos.",
        "published": date(2015, 9, 13),
        "author": "cesar",
    },
    {
        "link": "http://diasdepressao.com/jesus-vem-como-o-ladrao-de-noite/",
        "title": "Jesus Vem, Como o Ladrão de Noite.",
        "published": date(2015, 9, 7),
        "author": "cesar",
    },
    {
        "link": "http://diasdepressao.com/falsificando-o-evangelho/",
        "title": "Falsificando o Evangelho.",
        "published": date(2015, 9, 4),
        "author": "cesar",
    },
    {
        "link": "http://diasdepressao.com/jesus-vendido-traido-e-esquecido/",
        "title": "Jesus, vendido, traído e esquecido.",
        "published": date(2015, 9, 3),
        "author": "cesar",
    },
    {
        "link": "http://diasdepressao.com/sera-que-temos-um-coracao-tao-duro/",
        "title": "Será que temos um coração tão duro?",
        "published": date(2015, 9, 1),
        "author": "cesar",
    },
    {
        "link": "http://diasdepressao.com/como-ser-transformado/",
        "title": "Como ser transformado?",
        "published": date(2015, 7, 14),
        "author": "cesar",
    },
    {
        "link": "http://diasdepressao.com/lugar-de-tormento/",
        "title": "LUGAR DE TORMENTO.",
        "published": date(2015, 2, 10),
        "author": "cesar",
    },
]
