"""Written page imitating an Italian local paper's section ("Cronaca"): cards with an occhiello
(kicker, not part of the title), an <h2> link, a sommario ending in "Leggi tutto", "di
<author>", a date ("3 ore fa", "Ieri, 18:05", "25 novembre 2026, 09:12") and "N commenti".
`now` is Friday 27 November 2026, 18:30 in Rome.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.gazzettadellago-esempio.it/cronaca"
timezone = "Europe/Rome"
now = datetime(2026, 11, 27, 17, 30, tzinfo=UTC)

entries = [
    {
        "link": "https://www.gazzettadellago-esempio.it/cronaca/2026/11/27/nebbia-incidente-statale-36",
        "title": "Nebbia, tamponamento a catena sulla statale 36",
        "published": datetime(2026, 11, 27, 14, 30, tzinfo=UTC),
        "author": "Paolo Riva",
    },
    {
        "link": "https://www.gazzettadellago-esempio.it/cronaca/2026/11/27/mercato-coperto-riapre",
        "title": "Il mercato coperto riapre dopo due anni di lavori",
        "published": datetime(2026, 11, 27, 12, 30, tzinfo=UTC),
        "author": "Elena Conti",
    },
    {
        "link": "https://www.gazzettadellago-esempio.it/cronaca/2026/11/26/battello-orari-invernali",
        "title": "Battelli, gli orari invernali partono lunedì",
        "published": datetime(2026, 11, 26, 17, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.gazzettadellago-esempio.it/cronaca/2026/11/25/scuola-media-nuova-palestra",
        "title": "Scuola media, la nuova palestra costerà 2 milioni",
        "published": datetime(2026, 11, 25, 8, 12, tzinfo=UTC),
        "author": "Elena Conti",
    },
    {
        "link": "https://www.gazzettadellago-esempio.it/cronaca/2026/11/24/furti-in-centro",
        "title": "Furti in centro, arrestati due giovani",
        "published": datetime(2026, 11, 24, 20, 47, tzinfo=UTC),
        "author": "Paolo Riva",
    },
]
