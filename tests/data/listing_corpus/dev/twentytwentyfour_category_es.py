"""Written page rendered by hand from WordPress's Twenty Twenty-Four theme (WordPress/twentytwentyfour
@ a38224418bd1c0428567b6d988c737e8116eb46c: templates/archive.html, patterns/posts-3-col.php,
patterns/hidden-post-meta.php; GPL-2.0-or-later) as WordPress 6.7 renders its blocks, for a
Spanish category archive (lang=es-ES): a <ul class=wp-block-post-template> of <li
class=wp-block-post> cards, each a featured-image link, an <h2 class=wp-block-post-title> link,
the post-meta part (a post-date block "M j, Y" in Spanish, "dic 4, 2026", linked to the post
inside its <time>; a "—" paragraph; "por" alone in a <p>; the post-author-name block's link;
"en Riego" terms) and the excerpt. The footer's "Lo más leído" latest-posts block repeats one
post and adds two others. Dates are days as shown.
"""

from datetime import UTC, date, datetime

url = "https://huertaurbana.example.es/category/riego/"
timezone = "Europe/Madrid"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://huertaurbana.example.es/riego-por-goteo-en-balcon/",
        "title": "Riego por goteo en el balcón, sin obras",
        "published": date(2026, 12, 4),
        "author": "Lucía Martín",
    },
    {
        "link": "https://huertaurbana.example.es/cuanto-regar-en-invierno/",
        "title": "¿Cuánto hay que regar en invierno?",
        "published": date(2026, 11, 27),
        "author": "Javier Ortega",
    },
    {
        "link": "https://huertaurbana.example.es/ollas-de-barro/",
        "title": "Ollas de barro enterradas: el riego más antiguo",
        "published": date(2026, 11, 19),
        "author": "Lucía Martín",
    },
    {
        "link": "https://huertaurbana.example.es/recoger-agua-de-lluvia/",
        "title": "Recoger agua de lluvia en la terraza",
        "published": date(2026, 11, 12),
        "author": "Núria Puig",
    },
    {
        "link": "https://huertaurbana.example.es/acolchado-con-paja/",
        "title": "Acolchado con paja para regar menos",
        "published": date(2026, 11, 5),
        "author": "Javier Ortega",
    },
    {
        "link": "https://huertaurbana.example.es/sensor-de-humedad/",
        "title": "Probamos un sensor de humedad de 6 euros",
        "published": date(2026, 10, 29),
        "author": "Núria Puig",
    },
    {
        "link": "https://huertaurbana.example.es/riego-en-vacaciones/",
        "title": "Cómo regar el huerto cuando te vas de vacaciones",
        "published": date(2026, 10, 21),
        "author": "Lucía Martín",
    },
    {
        "link": "https://huertaurbana.example.es/agua-del-grifo-cloro/",
        "title": "¿El cloro del agua del grifo daña las plantas?",
        "published": date(2026, 10, 13),
        "author": "Javier Ortega",
    },
    {
        "link": "https://huertaurbana.example.es/riego-de-tomates/",
        "title": "Riego de tomates: por qué se rajan los frutos",
        "published": date(2026, 10, 4),
        "author": "Núria Puig",
    },
]
