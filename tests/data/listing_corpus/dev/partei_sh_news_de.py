"""Real page: the front page ("Neuigkeiten") of a German party's regional association
(die-partei.net/sh/, a WordPress site, 2014), saved by adbar/htmldate for its tests. de. Ten
<div class=newsentry>: a date line "[<a>Samstag, 19. Juli 2014</a>]" (weekday, day, German
month, year, in brackets, linked to the post), the <h2 class=newsheading> title link, then the
full post text, which itself names other dates ("am 28. September 2014", "am 26. Mai 2013").
The date line is the publication day; no time is shown. Entries: the ten posts. Not entries:
the header's links to other associations, the menu, the Facebook and membership buttons. No
bylines (authors None). `now` is taken as 1 January 2019 (the page was saved later than its
last post).
"""

from datetime import UTC, date, datetime

url = "https://die-partei.net/sh/"
timezone = "Europe/Berlin"
now = datetime(2019, 1, 1, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://die-partei.net/sh/2014/07/19/landesparteitag-2014/",
        "title": "LandesPARTEItag 2014",
        "published": date(2014, 7, 19),
        "author": None,
    },
    {
        "link": "https://die-partei.net/sh/2013/05/09/die-partei-wuenscht/",
        "title": "Die PARTEI wünscht…",
        "published": date(2013, 5, 9),
        "author": None,
    },
    {
        "link": "https://die-partei.net/sh/2012/12/22/kommunalwahlen-2013-2/",
        "title": "Kommunalwahlen 2013",
        "published": date(2012, 12, 22),
        "author": None,
    },
    {
        "link": "https://die-partei.net/sh/2012/12/14/das-endgueltige-kandidaten-casting/",
        "title": "Das endgültige Kandidaten-Casting",
        "published": date(2012, 12, 14),
        "author": None,
    },
    {
        "link": "https://die-partei.net/sh/2012/11/23/kommunalwahlen-2013/",
        "title": "Kommunalwahlen 2013",
        "published": date(2012, 11, 23),
        "author": None,
    },
    {
        "link": "https://die-partei.net/sh/2012/11/22/steuerdarling-die-partei-als-ehestifter/",
        "title": "Steuerdarling – Die PARTEI als Ehestifter",
        "published": date(2012, 11, 22),
        "author": None,
    },
    {
        "link": "https://die-partei.net/sh/2012/05/31/das-ministerium-fur-club-kultur-informiert/",
        "title": "Das Ministerium für Club-Kultur informiert!",
        "published": date(2012, 5, 31),
        "author": None,
    },
    {
        "link": "https://die-partei.net/sh/2012/05/21/neuer-kreisverband-in-kiel-gegrundet/",
        "title": "Neuer Kreisverband in Kiel gegründet",
        "published": date(2012, 5, 21),
        "author": None,
    },
    {
        "link": "https://die-partei.net/sh/2012/05/17/1-partei-stammtisch-des-ov-lubeck/",
        "title": "1. PARTEI-Stammtisch des OV Lübeck",
        "published": date(2012, 5, 17),
        "author": None,
    },
    {
        "link": "https://die-partei.net/sh/2012/05/08/wahlsieg-in-schleswig-holstein/",
        "title": "Wahlsieg in Schleswig-Holstein",
        "published": date(2012, 5, 8),
        "author": None,
    },
]
