"""Expected parse of noticias_es.html: a Spanish regional daily's section (language from
og:locale, no html lang). Each <article> has a kicker link, a headline h2 and a subtitle h3
(before the headline in the second one), an intro, a byline "Por NAME · date" ("hoy, 09:15",
"ayer", "hace 2 días", "20 de noviembre de 2026"), reading time or view count, "Leer más".
A "Lo más leído" sidebar reuses the same article markup. Written for issue 12's failure kinds.
"""

from datetime import UTC, datetime

url = "https://www.diariodelsur-ejemplo.es/economia/"
timezone = "Europe/Madrid"
now = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)  # 16:00 in Madrid
next_page = None
alternate_feed = None

_SITE = "https://www.diariodelsur-ejemplo.es"
_NOISE = ["Leer más", "Por ", "de lectura", "visitas", "hace 2", "Empleo"]

entries = [
    {
        "title": "El paro baja en noviembre por tercer mes consecutivo",
        "link": f"{_SITE}/economia/2026/11/28/el-paro-baja-en-noviembre-por-tercer-mes-consecutivo.html",
        "published": datetime(2026, 11, 28, 8, 15, tzinfo=UTC),  # hoy, 09:15
        "author": "Ana García",
        "summary_contains": ["Los datos publicados este sábado confirman la tendencia del otoño"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "El ayuntamiento rebaja el IBI a las familias numerosas",
        "link": f"{_SITE}/economia/2026/11/27/el-ayuntamiento-rebaja-el-ibi-a-las-familias-numerosas.html",
        "published": datetime(2026, 11, 27, 11, 0, tzinfo=UTC),  # ayer, no time: noon
        "author": "Luis Pérez",
        "summary_contains": ["La bonificación llegará al 60 % para las viviendas"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "La vendimia cierra con una cosecha récord en la comarca",
        "link": f"{_SITE}/economia/2026/11/26/la-vendimia-cierra-con-una-cosecha-record.html",
        "published": datetime(2026, 11, 26, 11, 0, tzinfo=UTC),  # hace 2 días: noon
        "author": None,
        "summary_contains": ["Las bodegas recogieron un 15 % más de uva que el año pasado"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Cierra la última fábrica de conservas del puerto",
        "link": f"{_SITE}/economia/2026/11/20/cierra-la-ultima-fabrica-de-conservas-del-puerto.html",
        "published": datetime(2026, 11, 20, 11, 0, tzinfo=UTC),
        "author": "Marta Ruiz",
        "summary_contains": ["Ochenta trabajadores pasarán a un expediente de regulación"],
        "summary_excludes": _NOISE,
    },
]
