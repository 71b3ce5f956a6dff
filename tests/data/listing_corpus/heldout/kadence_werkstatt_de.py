"""Written page imitating a German WordPress blog in the Kadence theme (category "Werkstatt"):
<article class=loop-entry> with a thumbnail link (aria-hidden), a category link, an <h2
class=entry-title> link, "Von <author>", a <time> showing "27. November 2026" (a day; its
datetime says 07:00 CET), "Lesezeit: 4 Minuten", an excerpt ending "[…]" and a "Weiterlesen"
link whose screen-reader text repeats the title.
"""

from datetime import UTC, date, datetime

url = "https://www.fahrradkueche-beispiel.de/kategorie/werkstatt/"
timezone = "Europe/Berlin"
now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.fahrradkueche-beispiel.de/winterreifen-fuers-lastenrad/",
        "title": "Winterreifen fürs Lastenrad: unser Vergleich",
        "published": date(2026, 11, 27),
        "author": "Katrin Voss",
    },
    {
        "link": "https://www.fahrradkueche-beispiel.de/kettenpflege-im-regen/",
        "title": "Kettenpflege bei Dauerregen",
        "published": date(2026, 11, 19),
        "author": "Jonas Albers",
    },
    {
        "link": "https://www.fahrradkueche-beispiel.de/licht-pflicht-stvzo/",
        "title": "Welche Lichter sind nach StVZO erlaubt?",
        "published": date(2026, 11, 8),
        "author": "Katrin Voss",
    },
    {
        "link": "https://www.fahrradkueche-beispiel.de/fahrradkeller-ordnung/",
        "title": "Ordnung im Fahrradkeller – fünf einfache Ideen",
        "published": date(2026, 10, 30),
        "author": "Jonas Albers",
    },
]
