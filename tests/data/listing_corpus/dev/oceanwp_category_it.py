"""Written page rendered by hand from WordPress's OceanWP theme (oceanwp/oceanwp:
partials/entry/layout.php and partials/entry/header.php @ 0ba017a0008ef29209cdcbeda8dc19abd0f03bd9,
partials/entry/meta.php @ b1cd173c7b41e3d8819f08557b9eb0b1b39fcce9, partials/entry/readmore.php
@ 4e4189978bf50e6573da12e9763bf3ef61b8955d; GPL-2.0-or-later) as an Italian category archive
(lang=it-IT), large-entry style, with the meta sections author, date, modification date,
category and comments: each <article class=blog-entry> holds a thumbnail link, the <h2
class=entry-title> link, then <ul class=meta> whose items each start with a screen-reader
label ("Autore dell'articolo:", "Articolo pubblicato:", "Ultima modifica dell'articolo:") and
an icon, so a reader sees the author's link, then two bare days side by side: "2 dicembre
2026" (the publication, `<li class=meta-date itemprop=datePublished>`) and "4 dicembre 2026"
(the last change, `<li class=meta-mod-date itemprop=dateModified>`; the same day on posts
never edited). The publication day is expected. Then the excerpt and "Continua a leggere".
The sidebar's "I più letti" (OceanWP's recent-posts widget, with pictures, dates and comment
counts) repeats one post and adds one from May.
"""

from datetime import UTC, date, datetime

url = "https://cantinedeicolli.example.it/category/vino/"
timezone = "Europe/Rome"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://cantinedeicolli.example.it/vendemmia-tardiva-2026/",
        "title": "Vendemmia tardiva 2026: il bilancio delle cantine",
        "published": date(2026, 12, 2),
        "author": "Chiara Benedetti",
    },
    {
        "link": "https://cantinedeicolli.example.it/olio-nuovo-frantoi/",
        "title": "Olio nuovo: i frantoi aperti nel fine settimana",
        "published": date(2026, 11, 27),
        "author": "Lorenzo Pace",
    },
    {
        "link": "https://cantinedeicolli.example.it/sagrantino-invecchiamento/",
        "title": "Quanto invecchiare un Sagrantino?",
        "published": date(2026, 11, 20),
        "author": "Chiara Benedetti",
    },
    {
        "link": "https://cantinedeicolli.example.it/cantina-sotterranea-restauro/",
        "title": "Restaurata la cantina sotterranea del Trecento",
        "published": date(2026, 11, 13),
        "author": "Marco Lo Russo",
    },
    {
        "link": "https://cantinedeicolli.example.it/abbinamenti-tartufo/",
        "title": "Abbinamenti con il tartufo nero: cinque vini umbri",
        "published": date(2026, 11, 6),
        "author": "Lorenzo Pace",
    },
    {
        "link": "https://cantinedeicolli.example.it/corso-sommelier-inverno/",
        "title": "Corso per sommelier: le iscrizioni d'inverno",
        "published": date(2026, 10, 30),
        "author": "Marco Lo Russo",
    },
    {
        "link": "https://cantinedeicolli.example.it/vino-cotto-tradizione/",
        "title": "Il vino cotto, una tradizione che resiste",
        "published": date(2026, 10, 23),
        "author": "Chiara Benedetti",
    },
    {
        "link": "https://cantinedeicolli.example.it/etichette-leggere/",
        "title": "Come si legge l'etichetta di un vino DOCG",
        "published": date(2026, 10, 16),
        "author": "Lorenzo Pace",
    },
]
