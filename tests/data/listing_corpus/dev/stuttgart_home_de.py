"""Real page: the City of Stuttgart's home page (stuttgart.de, 8-9 October 2017), saved by
adbar/htmldate for its tests. German. A carousel of three lead stories (<article
class=Portlet_Carousel>: a picture link, a kicker <h1> "Elektromobilität" and the headline <h2>,
both linking to the story, a teaser and "mehr...") above a tab box whose first tab, "Aktuelles",
lists seven news items (picture link, a kicker <div class=news-category> "Eiswelt Stuttgart",
the headline <h2> link, a teaser ending in "mehr..."). Entries: the carousel's three stories and
the seven news items, titled by their <h2>. Not entries: the other tabs ("Fotos", "Videos": Flickr
and YouTube links), the "Veranstaltungen" events box, the flyout menus (each with a featured
page), the "Wissenswert" and link boxes, the quick links and footer. No item shows a date or a
byline.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.stuttgart.de/"
timezone = "Europe/Berlin"
now = datetime(2017, 10, 9, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.stuttgart.de/item/show/638010",
        "title": "OB Kuhn eröffnet Aktionstag in der Innenstadt",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.stuttgart.de/item/show/637979",
        "title": "Vorhabenliste erleichtert Bürgerbeteiligung",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.stuttgart.de/item/show/637914",
        "title": "Zeitreisen im Stadtarchiv",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.stuttgart.de/item/show/637855",
        "title": "Stadt testet zwei StreetScooter",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.stuttgart.de/item/show/637670",
        "title": "Neue Saison startet",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.stuttgart.de/item/show/637823",
        "title": "Die letzten Parkuhren werden abgebaut",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.stuttgart.de/item/show/637665",
        "title": "Bürgermeister Martin Schairer wird 65 Jahre alt",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.stuttgart.de/item/show/638003",
        "title": 'Stuttgarts schönste Dahlie heißt "Isadora"',
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.stuttgart.de/item/show/637898",
        "title": "Erster Bauabschnitt im Quartier Rosenstein ist fertig",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.stuttgart.de/item/show/637817",
        "title": "Europäisches Filmfestival der Generationen in Vaihingen",
        "published": None,
        "author": None,
    },
]
