"""Real page: the "Notícias" (news) category of a Brazilian travel blog (omelhordeviajar.com.br,
posts of January to July 2016), a static copy of its WordPress site (OceanWP theme, Yoast SEO) in
kalcarvalho/omelhordeviajar, the blog author's repository (committed 3 November 2025).
`lang="pt-BR"`; the page declares no charset (UTF-8 bytes). The header and menus, the page title,
then five <article class="blog-entry … hentry">: a picture link, the <h2 class="blog-entry-title
entry-title"> link, a <ul class=meta> of "Autor do post:" (screen-reader text) and the linked
author "Kal Carvalho", "Post publicado:" and "9 de julho de 2016", the category link, then the
teaser and "Continue lendo". Entries: the five, in page order. Dates: the day. Authors: the
linked name. Not entries: the sidebar (a "Comece planejando sua viagem" box, categories, recent
and popular posts, the feed link), the footer. `now`: the repository's commit, 3 November 2025,
11:39 +01:00.
"""

from datetime import UTC, date, datetime

url = "https://www.omelhordeviajar.com.br/categoria/noticias"
timezone = "America/Sao_Paulo"
now = datetime(2025, 11, 3, 10, 39, tzinfo=UTC)

entries = [
    {
        "link": "https://www.omelhordeviajar.com.br/2016/07/emissao-de-passaporte-temporario-problema.html",
        "title": "Emissão de passaporte temporário causa problemas na imigração",
        "published": date(2016, 7, 9),
        "author": "Kal Carvalho",
    },
    {
        "link": "https://www.omelhordeviajar.com.br/2016/05/curtindo-a-vida-adoidado-em-chicago.html",
        "title": "Curtindo a vida adoidado em Chicago",
        "published": date(2016, 5, 18),
        "author": "Kal Carvalho",
    },
    {
        "link": "https://www.omelhordeviajar.com.br/2016/03/destinos-aguas-cristalinas-mundo.html",
        "title": "10 destinos com a água mais cristalina no mundo",
        "published": date(2016, 3, 7),
        "author": "Kal Carvalho",
    },
    {
        "link": "https://www.omelhordeviajar.com.br/2016/01/viajar-para-o-exterior-deve-ficar-mais-caro-a-partir-deste-ano.html",
        "title": "Viajar para o exterior deve ficar mais caro a partir deste ano",
        "published": date(2016, 1, 11),
        "author": "Kal Carvalho",
    },
    {
        "link": "https://www.omelhordeviajar.com.br/2016/01/trenitalia-viajando-com-um-bilhete.html",
        "title": "Viajando de trem pela Itália com somente um bilhete",
        "published": date(2016, 1, 4),
        "author": "Kal Carvalho",
    },
]
