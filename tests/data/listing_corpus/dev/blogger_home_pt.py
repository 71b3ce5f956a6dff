"""Written page imitating a Blogger blog's home page (pt-BR, Simple-style template): posts grouped
under date headers ("quinta-feira, 26 de novembro de 2026"), each with an <h3 class=post-title>
link, the jump text and "Leia mais »", and a footer "Postado por <author> às <abbr
class=published title="2026-11-26T18:24:00-03:00">18:24</abbr>" and "N comentários". Popular
posts and the archive widget are sidebars.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://cozinhadavo-exemplo.blogspot.com/"
timezone = "America/Sao_Paulo"
now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://cozinhadavo-exemplo.blogspot.com/2026/11/pao-de-queijo-mineiro.html",
        "title": "Pão de queijo mineiro, do jeito da vó",
        "published": datetime(2026, 11, 26, 21, 24, tzinfo=UTC),
        "author": "Marlene Souza",
    },
    {
        "link": "https://cozinhadavo-exemplo.blogspot.com/2026/11/doce-de-leite-caseiro.html",
        "title": "Doce de leite caseiro em panela de pressão",
        "published": datetime(2026, 11, 19, 12, 5, tzinfo=UTC),
        "author": "Marlene Souza",
    },
    {
        "link": "https://cozinhadavo-exemplo.blogspot.com/2026/11/feijoada-de-domingo.html",
        "title": "Feijoada de domingo para dez pessoas",
        "published": datetime(2026, 11, 8, 14, 30, tzinfo=UTC),
        "author": "Rita Souza",
    },
    {
        "link": "https://cozinhadavo-exemplo.blogspot.com/2026/10/bolo-de-fuba-cremoso.html",
        "title": "Bolo de fubá cremoso",
        "published": datetime(2026, 10, 31, 19, 2, tzinfo=UTC),
        "author": "Marlene Souza",
    },
]
