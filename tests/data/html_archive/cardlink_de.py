"""Expected parse of cardlink_de.html: a German regional news section whose teasers are one
link around the whole card: kicker, headline, subline, byline, date ("heute, 14:05 Uhr",
"gestern, 18:30 Uhr", "27.11.2026 • 18:24 Uhr", a date without a time) and reading time or
comment count. A "load more" link inside <noscript> sits in the list; a "Meistgelesen" box
with the same cards follows in the main content. Written for issue 12's failure kinds.
"""

from datetime import UTC, datetime

url = "https://www.nordkurier-beispiel.de/politik/"
timezone = "Europe/Berlin"
# Saturday 28 November 2026, 16:00 in Berlin.
now = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)
next_page = None
alternate_feed = None

_SITE = "https://www.nordkurier-beispiel.de"
_NOISE = ["Lesezeit", "Kommentare", "Von ", "Uhr", "Haushalt", "Verkehr"]

entries = [
    {
        "title": "Bundestag beschließt den Haushalt 2027 nach langer Debatte",
        "link": f"{_SITE}/politik/bundestag-beschliesst-haushalt-2027-nach-langer-debatte-id4711.html",
        "published": datetime(2026, 11, 28, 13, 5, tzinfo=UTC),  # heute, 14:05 Uhr
        "author": "Max Mustermann",
        "summary_contains": ["Die Opposition kritisiert die Neuverschuldung als zu hoch."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Landrat kündigt neue Buslinien für den Kreis an",
        "link": f"{_SITE}/politik/landrat-kuendigt-neue-buslinien-fuer-den-kreis-an-id4709.html",
        "published": datetime(2026, 11, 27, 17, 30, tzinfo=UTC),  # gestern, 18:30 Uhr
        "author": "Erika Beispiel",
        "summary_contains": ["Ab März sollen die Dörfer im Stundentakt angebunden werden."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Koalition streitet weiter über die Schuldenbremse",
        "link": f"{_SITE}/politik/koalition-streitet-ueber-schuldenbremse-id4702.html",
        "published": datetime(2026, 11, 27, 17, 24, tzinfo=UTC),  # 27.11.2026 • 18:24 Uhr
        "author": None,
        "summary_contains": ["Ein Kompromiss ist vor Weihnachten nicht mehr in Sicht."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Kommunalwahl: So hat der Kreis gewählt",
        "link": f"{_SITE}/politik/kommunalwahl-so-hat-der-kreis-gewaehlt-id4698.html",
        # "24. November 2026", no time: noon in Berlin
        "published": datetime(2026, 11, 24, 11, 0, tzinfo=UTC),
        "author": None,
        "summary_contains": ["Alle Ergebnisse aus den Gemeinden im Überblick."],
        "summary_excludes": _NOISE,
    },
]
