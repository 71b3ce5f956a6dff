"""Real page: the news section of a Burgos CF supporters' community site (aupaburgos.com/noticias/,
May 2021), built with Hugo (Mainroad theme) and deployed from aupaburgos/aupaburgos.github.io
(committed 11 May 2021). `lang="es"`. The header and menu, the <h1> "Noticias", then ten <article
class="list__item post">: a picture link (absolute), an <h2 class="list__title post__title"> link
(root-relative), a meta line of the author ("Redacción", plain text beside an icon), "<time
datetime=2021-05-11T00:00:00Z>11-05-2021</time>" (day first) and the category link, then the
teaser. Entries: the ten, in page order (one, 20210306_…, shows 22-03-2021). Dates: the day.
Authors: the plain-text name. Not entries: the pager, the sidebar ("Más Recientes", categories,
tags, social links, menu, "Recomendamos"), the footer. `now`: the deploy's commit, 11 May 2021,
22:04 +02:00.
"""

from datetime import UTC, date, datetime

url = "https://aupaburgos.com/noticias/"
timezone = "Europe/Madrid"
now = datetime(2021, 5, 11, 20, 4, tzinfo=UTC)

entries = [
    {
        "link": "https://aupaburgos.com/noticias/20210511_el-calahorra-rival-del-burgos-en-semifinales/",
        "title": "El Calahorra, rival del Burgos en 'semis'",
        "published": date(2021, 5, 11),
        "author": "Redacción",
    },
    {
        "link": "https://aupaburgos.com/noticias/20210509_el-burgos-ya-piensa-en-el-play-off/",
        "title": "El Burgos ya piensa en el play-off (1-0)",
        "published": date(2021, 5, 9),
        "author": "Redacción",
    },
    {
        "link": "https://aupaburgos.com/noticias/20210503_derrota-en-salamanca/",
        "title": "Derrota en Salamanca (1-0)",
        "published": date(2021, 5, 3),
        "author": "Redacción",
    },
    {
        "link": "https://aupaburgos.com/noticias/20210430_extremadura-acogera-la-fase-de-ascenso-a-segunda-division/",
        "title": "Extremadura acogerá la fase de ascenso a Segunda División",
        "published": date(2021, 4, 30),
        "author": "Redacción",
    },
    {
        "link": "https://aupaburgos.com/noticias/20210426_el-burgos-no-da-tregua-y-vence-al-zamora/",
        "title": "El Burgos no da tregua y vence al Zamora (3-0)",
        "published": date(2021, 4, 26),
        "author": "Redacción",
    },
    {
        "link": "https://aupaburgos.com/noticias/20210418_valioso-empate-en-balaidos/",
        "title": "Valioso empate en Balaídos (1-1)",
        "published": date(2021, 4, 18),
        "author": "Redacción",
    },
    {
        "link": "https://aupaburgos.com/noticias/20210416_asi-sera-la-nueva-primera-division-rfef/",
        "title": "Así será la nueva Primera División RFEF",
        "published": date(2021, 4, 16),
        "author": "Redacción",
    },
    {
        "link": "https://aupaburgos.com/noticias/20210412_el-burgos-no-da-opcion-y-vence-a-unionistas/",
        "title": "El Burgos no da opción y vence a Unionistas (2-0)",
        "published": date(2021, 4, 12),
        "author": "Redacción",
    },
    {
        "link": "https://aupaburgos.com/noticias/20210405_empate-del-burgos-en-zamora/",
        "title": "Empate del Burgos CF en Zamora (0-0)",
        "published": date(2021, 4, 5),
        "author": "Redacción",
    },
    {
        "link": "https://aupaburgos.com/noticias/20210306_segunda-b-segunda-fase-as%C3%AD-queda-configurada/",
        "title": "Segunda fase: así queda configurada",
        "published": date(2021, 3, 22),
        "author": "Redacción",
    },
]
