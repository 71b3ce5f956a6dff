"""Written page rendered by hand from Serendipity's default template (s9y/Serendipity @
241c238b5b13acdb1c5eb8ceecb5cb89696e02a8: templates/default/entries.tpl; BSD-3-Clause) as a
German blog's home page (lang=de): the posts grouped under one <h3 class=serendipity_date> per
day, printed with the German DATE_FORMAT_ENTRY "%A, %e. %B %Y" ("Freitag,  4. Dezember 2026",
%e padding the day with a space). Inside a day's <div class=serendipity_Entry_Date> the entries
are not wrapped: each is an <h4 class=serendipity_title> link followed by its <div
class=serendipity_entry> holding the body and the footer "Geschrieben von <author link> in
<category link> um <a href=post>18:42</a> | Kommentare (3)": the clock ('%H:%M') is the only
time the card shows and the day is only in the heading above it (Europe/Berlin, CET in these
weeks). Two posts have "\"…\" vollständig lesen" links to the same post. Not entries: the pager
("Seite 1 von 6 …", "nächste Seite"), the sidebar's calendar, "Neueste Einträge" (the five
latest titles again, with "04.12.2026 18:42"), archives, categories, feeds and login.
"""

from datetime import UTC, datetime

url = "https://wandertagebuch-beispiel.de/"
timezone = "Europe/Berlin"
now = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)

B = "https://wandertagebuch-beispiel.de/archives/"
AUTHOR = "Jonas Berger"

entries = [
    {
        "link": B + "41-herbstwanderung-am-feldberg.html",
        "title": "Herbstwanderung am Feldberg",
        "published": datetime(2026, 12, 4, 17, 42, tzinfo=UTC),
        "author": AUTHOR,
    },
    {
        "link": B + "40-neue-wanderschuhe-im-test.html",
        "title": "Neue Wanderschuhe im Test",
        "published": datetime(2026, 12, 4, 8, 15, tzinfo=UTC),
        "author": AUTHOR,
    },
    {
        "link": B + "39-huettenuebernachtung-was-mitnehmen.html",
        "title": "Hüttenübernachtung: Was mitnehmen?",
        "published": datetime(2026, 12, 2, 20, 7, tzinfo=UTC),
        "author": AUTHOR,
    },
    {
        "link": B + "38-nebel-ueber-dem-donautal.html",
        "title": "Nebel über dem Donautal",
        "published": datetime(2026, 11, 29, 15, 30, tzinfo=UTC),
        "author": AUTHOR,
    },
    {
        "link": B + "37-kurzer-nachtrag-zur-route.html",
        "title": "Kurzer Nachtrag zur Route",
        "published": datetime(2026, 11, 29, 7, 5, tzinfo=UTC),
        "author": AUTHOR,
    },
    {
        "link": B + "36-karten-apps-im-vergleich.html",
        "title": "Karten-Apps im Vergleich",
        "published": datetime(2026, 11, 28, 23, 20, tzinfo=UTC),
        "author": AUTHOR,
    },
    {
        "link": B + "35-wintereinbruch-im-schwarzwald.html",
        "title": "Wintereinbruch im Schwarzwald",
        "published": datetime(2026, 11, 26, 11, 0, tzinfo=UTC),
        "author": AUTHOR,
    },
]
