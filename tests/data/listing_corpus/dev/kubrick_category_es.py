"""Written page rendered by hand from WordPress's classic default theme, Kubrick (WordPress/WordPress
@ 0459dc002a5b05a12c27e025571c717018aca104: wp-content/themes/default/archive.php; GPL-2.0-or-later)
as a Spanish travel blog's category archive (lang=es-ES) on an old WordPress whose theme's
strings are still English ("Archive for the 'Viajes' Category", "Posted in", "N Comments »",
"« Previous Entries"). Each <div class=post> holds an <h3> link, the day in a <small> as
`the_time('l, F jS, Y')` prints it on a Spanish site: weekday and month translated, the
English ordinal suffix kept ("sábado, diciembre 5th, 2026", "jueves, diciembre 3rd, 2026"; a day
without a time: compared as the local day, Europe/Madrid), the excerpt ending "[…]" and a
<p class=postmetadata> with the category and the comments link. No bylines (authors None).
Not entries: the navigation above and below the list, the sidebar's pages, archives, categories
and meta links.
"""

from datetime import UTC, date, datetime

url = "https://cuadernodeviajes-ejemplo.es/category/viajes/"
timezone = "Europe/Madrid"
now = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)

B = "https://cuadernodeviajes-ejemplo.es/"

entries = [
    {
        "link": B + "un-fin-de-semana-en-cuenca/",
        "title": "Un fin de semana en Cuenca",
        "published": date(2026, 12, 5),
        "author": None,
    },
    {
        "link": B + "ruta-por-las-hoces-del-cabriel/",
        "title": "Ruta por las Hoces del Cabriel",
        "published": date(2026, 12, 3),
        "author": None,
    },
    {
        "link": B + "que-llevar-en-la-mochila-de-invierno/",
        "title": "Qué llevar en la mochila de invierno",
        "published": date(2026, 12, 1),
        "author": None,
    },
    {
        "link": B + "toledo-de-noche/",
        "title": "Toledo de noche",
        "published": date(2026, 11, 28),
        "author": None,
    },
    {
        "link": B + "albarracin-en-otono/",
        "title": "Albarracín en otoño",
        "published": date(2026, 11, 22),
        "author": None,
    },
    {
        "link": B + "trenes-regionales-consejos/",
        "title": "Trenes regionales: consejos",
        "published": date(2026, 11, 18),
        "author": None,
    },
    {
        "link": B + "primeras-nieves-en-gredos/",
        "title": "Primeras nieves en Gredos",
        "published": date(2026, 11, 13),
        "author": None,
    },
]
