"""Written page rendered by hand from WordPress's Twenty Twenty-One theme (WordPress/twentytwentyone
@ ba9f20cad89163761185c0467b346ba42541ae22: archive.php, template-parts/content/content-excerpt.php,
template-parts/header/excerpt-header.php, inc/template-tags.php, inc/template-functions.php;
GPL-2.0-or-later) as a Brazilian Portuguese category archive (lang=pt-BR): <article
class="post … hentry entry"> with an <h2 class=entry-title> link, a thumbnail link hidden from
screen readers, the excerpt ending "… Continue lendo" (the title in a screen-reader span), and
a footer "Publicado em <time datetime=…>30 de novembro de 2026</time>" (archives print no
author: every author is None) with "Categorizado como" / "Marcado com" links. The sticky post
comes first with "Post em destaque". One post is in the status format: no header and no title,
only its text and a "Continue lendo" link to it; its title is left unscored (the page shows
none). Below the main column, the widget area repeats posts in "Posts recentes" (one not in
this archive) and links two in "Comentários". Dates are days, as shown.
"""

from datetime import UTC, date, datetime

url = "https://cozinhadavo.example.com.br/categoria/receitas/"
timezone = "America/Sao_Paulo"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://cozinhadavo.example.com.br/2026/11/30/pao-de-queijo-mineiro/",
        "title": "Pão de queijo mineiro, do jeito da vó",
        "published": date(2026, 11, 30),
        "author": None,
    },
    {
        "link": "https://cozinhadavo.example.com.br/2026/12/03/bolo-de-fuba-cremoso/",
        "title": "Bolo de fubá cremoso que forma camadas",
        "published": date(2026, 12, 3),
        "author": None,
    },
    {
        "link": "https://cozinhadavo.example.com.br/2026/11/28/feijao-tropeiro/",
        "title": "Feijão tropeiro para a família toda",
        "published": date(2026, 11, 28),
        "author": None,
    },
    {
        "link": "https://cozinhadavo.example.com.br/2026/11/26/status-doce-de-leite/",
        "published": date(2026, 11, 26),
        "author": None,
    },
    {
        "link": "https://cozinhadavo.example.com.br/2026/11/21/moqueca-capixaba/",
        "title": "Moqueca capixaba na panela de barro",
        "published": date(2026, 11, 21),
        "author": None,
    },
    {
        "link": "https://cozinhadavo.example.com.br/2026/11/15/brigadeiro-de-colher/",
        "title": "Brigadeiro de colher para festa de criança",
        "published": date(2026, 11, 15),
        "author": None,
    },
    {
        "link": "https://cozinhadavo.example.com.br/2026/11/08/arroz-carreteiro/",
        "title": "Arroz carreteiro com sobra de churrasco",
        "published": date(2026, 11, 8),
        "author": None,
    },
    {
        "link": "https://cozinhadavo.example.com.br/2026/10/31/cuscuz-paulista/",
        "title": "Cuscuz paulista enformado",
        "published": date(2026, 10, 31),
        "author": None,
    },
    {
        "link": "https://cozinhadavo.example.com.br/2026/10/24/quindim-de-forno/",
        "title": "Quindim de forno, brilhante e sem rachaduras",
        "published": date(2026, 10, 24),
        "author": None,
    },
]
