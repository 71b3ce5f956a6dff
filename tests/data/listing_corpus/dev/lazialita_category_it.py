"""Real page: the category "Notizia del giorno" of an Italian football club's fan
magazine (lazialita.com, WordPress, 2016), saved by TeamHG-Memex/autopager for its
pagination data. Under a <div class=post> holding only the heading "Notizia del giorno",
twenty <div class=post>: an <h3 class=post-title> link, "<span class=time> 10 marzo 2016
23:37</span>" (Italian month names, 24-hour clock, Rome time), a thumbnail link to the same
post, the excerpt ending in "[…]", share-button spans. No bylines (authors None: "le pagelle
del nostro direttore Guido De Angelis" is excerpt text). Not entries: the sidebar's "DALLA
REDAZIONE" and "NEWS, PENSIERI E PAROLE" boxes (one teaser each under the same <h3>
markup), the subscription, poll and video boxes, the menus. The page has no canonical
address; its address is autopager's record. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://lnx.lazialita.com/category/notizia-del-giorno/"
timezone = "Europe/Rome"
now = datetime(2016, 3, 11, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://lnx.lazialita.com/2016/03/10/le-pagelle-di-guido-de-angelis-keita-illumina-praga-gol-dello-sparta-evitabile-peccato-per-gli-infortuni/",
        "title": "Le PAGELLE di Guido De Angelis: Keita illumina Praga, clamorosa disattenzione sul gol dello Sparta. Peccato per gli infortuni",
        "published": datetime(2016, 3, 10, 22, 37, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/06/live-torino-lazio-0-0-4/",
        "title": "FINALE – Torino-Lazio 1-1 (12′ Belotti, 78′ rig. Biglia)",
        "published": datetime(2016, 3, 6, 11, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/28/lazio-sassuolo-probabili-formazioni-lulic-arretra-anderson-e-candreva-le-ali/",
        "title": "Lazio-Sassuolo, le formazioni ufficiali: Matri e Marchetti out per influenza. Davanti c’è Klose, Mauricio-Bisevac dietro",
        "published": datetime(2016, 2, 28, 22, 28, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/25/lazio-galatasaray-3-1-il-tabellino-del-match-tris-ai-turchi-biancocelesti-agli-ottavi/",
        "title": "Lazio-Galatasaray 3-1, il tabellino del match: tris ai turchi, biancocelesti agli ottavi!",
        "published": datetime(2016, 2, 25, 19, 55, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/25/live-lazio-galatasaray-0-0/",
        "title": "FINALE – Lazio-Galatasaray 3-1 (58′ Parolo, 60′ Felipe Anderson, 62′ Oztekin, 71′ Klose)",
        "published": datetime(2016, 2, 25, 17, 51, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/25/lazio-galatasaray-le-probabili-formazioni-aquile-come-allandata-turchi-piu-offensivi/",
        "title": "Lazio-Galatasaray, le formazioni ufficiali: Bisevac titolare, turchi più offensivi",
        "published": datetime(2016, 2, 25, 0, 26, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/20/frosinone-lazio-le-probabili-formazioni-candreva-torna-titolare-ce-bisevac/",
        "title": "Frosinone-Lazio 0-0: il tabellino del match",
        "published": datetime(2016, 2, 20, 22, 41, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/18/live-galatasaray-lazio-0-0/",
        "title": "FINALE – Galatasaray-Lazio 1-1 (12′ Sarioglu, 21′ Milinkovic)",
        "published": datetime(2016, 2, 18, 20, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/12/formello-consueta-seduta-di-scarico-radu-e-bisevac-puntano-il-galatasaray/",
        "title": "FORMELLO – Consueta seduta di scarico. Radu e Bisevac puntano il Galatasaray",
        "published": datetime(2016, 2, 12, 11, 24, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/11/lazio-hellas-verona-le-formazioni-ufficiali-tridente-anderson-matri-mauri-in-avanti/",
        "title": "Lazio-Hellas Verona 5-2, la risalita in classifica può iniziare: il tabellino del match",
        "published": datetime(2016, 2, 11, 18, 52, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/11/lazio-hellas-verona-probabili-formazioni-torna-biglia-rebus-in-attacco/",
        "title": "Lazio-Hellas Verona, probabili formazioni: torna Biglia, Felipe-Matri-Mauri in vantaggio",
        "published": datetime(2016, 2, 11, 7, 39, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/06/genoa-lazio-0-0-il-tabellino-del-match-pareggio-con-poche-emozioni-al-ferraris/",
        "title": "Genoa-Lazio 0-0, il tabellino del match: pareggio con poche emozioni al Ferraris",
        "published": datetime(2016, 2, 6, 21, 40, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/05/genoa-lazio-probabili-formazioni-keita-prima-punta-felipe-e-lulic-le-ali/",
        "title": "FINALE – GENOA-LAZIO 0-0",
        "published": datetime(2016, 2, 5, 18, 34, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/04/lazio-cataldi-la-storia-damore-continua-il-centrocampista-rinnova-il-contratto/",
        "title": "Lazio-Cataldi, la storia d’amore continua: “Sono felice di aver rinnovato fino al 2020!”",
        "published": datetime(2016, 2, 4, 18, 54, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/03/live-lazio-napoli-0-0-5/",
        "title": "Lazio-Napoli 0-2, Higuain e Callejon puniscono la Lazio: il tabellino del match",
        "published": datetime(2016, 2, 3, 19, 45, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/01/atahotel-ultimo-giorno-di-mercato-possibili-cessioni-di-braafheid-e-morrison/",
        "title": "Ultimo giorno di mercato, la Lazio chiude con l’acquisto del portiere Ivan Vargic",
        "published": datetime(2016, 2, 1, 8, 44, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/01/31/udinese-lazio-0-0-il-tabellino-del-match-i-biancocelesti-impattano-alla-dacia-arena/",
        "title": "Udinese-Lazio 0-0, il tabellino del match: i biancocelesti impattano alla Dacia Arena",
        "published": datetime(2016, 1, 31, 16, 7, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/01/31/live-udinese-lazio-0-0-3/",
        "title": "FINALE – Udinese-Lazio 0-0",
        "published": datetime(2016, 1, 31, 14, 3, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/01/31/udinese-lazio-probabili-formazioni-di-nuovo-djordjevic-ce-hoedt-panchina-per-felipe/",
        "title": "Udinese-Lazio, formazioni ufficiali: ancora Djordjevic, c’è Hoedt. Panchina per Felipe",
        "published": datetime(2016, 1, 30, 23, 41, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/01/31/udinese-lazio-probabili-formazioni-di-nuovo-djordjevic-panchina-per-felipe-ce-hoedt/",
        "title": "Udinese-Lazio, le formazioni ufficiali: ancora Djordjevic, panchina per Felipe. C’è Hoedt",
        "published": datetime(2016, 1, 30, 23, 40, tzinfo=UTC),
        "author": None,
    },
]
