"""Real page: page 20 of a Spanish fashion and weddings blog's home (modaynovias.net,
WordPress, 2015 posts), saved by TeamHG-Memex/autopager for its pagination data. Ten <div
class="post clearfix post-NNNN … hentry …"> in <div id=content>: an <h1 class="title
entry-title"> link, the meta line "<span class="meta_date date updated">8 septiembre, 2015 |
<span class="vcard author"><span class=fn><a rel=author>Lorena</a></span></span></span>"
(a Spanish day without a time, the theme's hAtom "updated" class on the publication date,
the author's vcard inside the date's span), the categories, the post's beginning with
pictures and "Sigue Leyendo..." (read on) to the post. Dates are the local day (Madrid).
Authors: the vcard's name. Not entries: the sidebar's "Top +Visto", "Categorías", "Entradas
recientes", "Etiquetas", the pager. `now` is the save (March 2016).
"""

from datetime import UTC, date, datetime

url = "http://www.modaynovias.net/page/20"
timezone = "Europe/Madrid"
now = datetime(2016, 3, 19, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.modaynovias.net/ramos-de-novia-biedermeier.html",
        "title": "Ramos de novia biedermeier",
        "published": date(2015, 9, 10),
        "author": "Lorena",
    },
    {
        "link": "http://www.modaynovias.net/cuando-cortar-las-unas-del-bebe.html",
        "title": "¿Cuándo cortar las uñas del bebé?",
        "published": date(2015, 9, 9),
        "author": "Lorena",
    },
    {
        "link": "http://www.modaynovias.net/prendas-futuristas.html",
        "title": "Prendas futuristas",
        "published": date(2015, 9, 8),
        "author": "Lorena",
    },
    {
        "link": "http://www.modaynovias.net/utiliza-las-sombras-correctas.html",
        "title": "Utiliza las sombras correctas",
        "published": date(2015, 9, 7),
        "author": "Lorena",
    },
    {
        "link": "http://www.modaynovias.net/ten-un-photo-booth-en-tu-boda.html",
        "title": "¡Ten un photo booth en tu boda!",
        "published": date(2015, 9, 6),
        "author": "Lorena",
    },
    {
        "link": "http://www.modaynovias.net/el-ayuno-es-buena-idea.html",
        "title": "¿El ayuno es buena idea?",
        "published": date(2015, 9, 5),
        "author": "Lorena",
    },
    {
        "link": "http://www.modaynovias.net/vestidos-de-novia-etnicos.html",
        "title": "Vestidos de novia étnicos",
        "published": date(2015, 9, 4),
        "author": "Lorena",
    },
    {
        "link": "http://www.modaynovias.net/yogurt-en-bebes-lo-que-debes-saber.html",
        "title": "Yogurt en bebés: lo que debes saber",
        "published": date(2015, 9, 3),
        "author": "Lorena",
    },
    {
        "link": "http://www.modaynovias.net/como-usar-asimetricos.html",
        "title": "Cómo usar asimétricos",
        "published": date(2015, 9, 3),
        "author": "Lorena",
    },
    {
        "link": "http://www.modaynovias.net/consigue-unas-unas-con-esmalte-reptil.html",
        "title": "Consigue unas uñas con esmalte reptil",
        "published": date(2015, 9, 1),
        "author": "Lorena",
    },
]
