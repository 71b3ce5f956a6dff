"""Real page: page 62 of 66 of a Spanish costume shop's blog category "Disfraces Jarana"
(WordPress, custom theme, 2012 posts), saved in 2016 by TeamHG-Memex/autopager for its
pagination data. Twelve <article class=article>: an <h3 class=title> link, an entry-info line
"<i class=fa-clock-o></i> 29 septiembre, 2012" (Spanish day-month-year, no time: dates are
the local day) and the categories (rel="category tag" links), an excerpt, a "Leer más..."
button to the same post; one post's excerpt is long and holds links of its own to the shop.
The first <article class="article category"> is the archive's heading ("Categoría :
Disfraces Jarana"), not an entry. No bylines (authors None). Not entries: the sidebar's
"Calendario", "Blogroll", "Tags", "Últimas entradas", "Recientes", "Categorias" widgets, the
pager. `now` is the save (March 2016).
"""

from datetime import UTC, date, datetime

url = "https://disfracesjarana.com/blog/category/disfraces_jarana/page/62/"
timezone = "Europe/Madrid"
now = datetime(2016, 3, 19, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://disfracesjarana.com/blog/mas-halloween-2012/",
        "title": "Ideas Decoración Halloween II",
        "published": date(2012, 9, 29),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/disfraz-de-vigilante-de-la-playa/",
        "title": "Disfraz de Vigilante de la Playa",
        "published": date(2012, 9, 28),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/efectos-especiales-para-halloween-2012/",
        "title": "Efectos Especiales para Halloween 2012",
        "published": date(2012, 9, 26),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/desfile-star-wars-por-una-buena-causa/",
        "title": "Desfile Star Wars por una buena causa",
        "published": date(2012, 9, 25),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/disfraz-de-hombre-de-hojalata/",
        "title": "Disfraz de Hombre de Hojalata",
        "published": date(2012, 9, 23),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/ideas-de-decoracion-para-halloween/",
        "title": "Ideas de Decoración para Halloween I",
        "published": date(2012, 9, 22),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/75-anos-de-batman-en-una-infografia/",
        "title": "75 años de Batman en una infografía",
        "published": date(2012, 9, 21),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/halloween-horror-nights/",
        "title": "Halloween Horror Nights",
        "published": date(2012, 9, 20),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/complementos-de-disfraz/",
        "title": "Complementos de Disfraz",
        "published": date(2012, 9, 19),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/disfraz-de-platano/",
        "title": "Disfraz de Platano",
        "published": date(2012, 9, 18),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/mascaras-halloween/",
        "title": "Máscaras Halloween",
        "published": date(2012, 9, 17),
        "author": None,
    },
    {
        "link": "https://disfracesjarana.com/blog/boda-medieval-disfraces-medievales/",
        "title": "Boda Medieval – Disfraces medievales",
        "published": date(2012, 9, 16),
        "author": None,
    },
]
