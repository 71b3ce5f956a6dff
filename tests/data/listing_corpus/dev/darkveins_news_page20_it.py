"""Real page: page 20 of 65 of an Italian horror site's news category (darkveins.com,
"Notizie horror", WordPress with the Sahifa theme, autumn 2015), saved in April 2016 by
TeamHG-Memex/autopager for its pagination data. `lang="it-IT"`. Ten <article class=item-list>
in <div class=post-listing>: an <h2 class=post-box-title> title link, "<p
class=post-meta><span>novembre 3, 2015 - 5:48 pm</span>" (the theme's default "F j, Y - g:i
a": an Italian month, then the day, then a 12-hour time), a thumbnail link, the beginning of
the text and "Continua a leggere »". Times are Rome's. No bylines. Not entries: the menus,
the sidebar's widgets, the pager, the footer. `now` is the save (April 2016).
"""

from datetime import UTC, datetime

url = "http://www.darkveins.com/horror-news/page/20/"
timezone = "Europe/Rome"
now = datetime(2016, 4, 25, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.darkveins.com/153199-lord-of-the-stars-videoclip-horror-per-gli-ecnephias/",
        "title": "Lord of the Stars: videoclip horror per gli Ecnephias",
        "published": datetime(2015, 11, 3, 16, 48, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153187-virus-extreme-contamination-orrore-cosmico-anni-80/",
        "title": "Virus: Extreme Contamination – Orrore cosmico anni ’80",
        "published": datetime(2015, 10, 30, 17, 7, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153180-over-your-dead-body-il-trailer-ufficiale-del-film-di-miike/",
        "title": "Over Your Dead Body: il trailer ufficiale del film di Miike",
        "published": datetime(2015, 10, 30, 11, 32, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153153-patchwork-nuove-still-del-film-sulle-ragazze-fuse-in-un-unico-corpo/",
        "title": "Patchwork: nuove still del film sulle ragazze fuse in un unico corpo",
        "published": datetime(2015, 10, 27, 11, 40, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153145-31-nuove-foto-del-film-di-rob-zombie/",
        "title": "31: nuove foto del film di Rob Zombie",
        "published": datetime(2015, 10, 26, 18, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153124-halloween-lista-dei-film-horror-sul-31-ottobre/",
        "title": "Halloween: lista dei film horror sul 31 ottobre",
        "published": datetime(2015, 10, 24, 14, 1, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153120-the-boy-il-trailer-ufficiale-dellevil-doll-movie/",
        "title": "The Boy: il trailer ufficiale dell’evil doll movie",
        "published": datetime(2015, 10, 20, 10, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153114-la-notte-dei-morti-viventi-ritrovato-footage-di-10-minuti/",
        "title": "La notte dei morti viventi: ritrovato footage di 10 minuti",
        "published": datetime(2015, 10, 19, 9, 11, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153097-martyrs-remake-nuove-foto/",
        "title": "Martyrs remake: nuove foto",
        "published": datetime(2015, 10, 13, 17, 59, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153081-mexico-barbaro-il-trailer-del-film-antologico-messicano/",
        "title": "México Bárbaro: il trailer del film antologico messicano",
        "published": datetime(2015, 10, 10, 14, 41, tzinfo=UTC),
        "author": None,
    },
]
