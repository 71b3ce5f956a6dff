"""Real page: a French classifieds search (leboncoin.fr, used cars "renault laguna 3" in
Midi-Pyrénées, 2015), saved by adanselm/lbcproxy for its tests; windows-1252. fr. Each result
of <div class=list-lbc> is one <a href title> holding a <div class=lbc>: a date block of two
lines, "<div class=date><div>Aujourd'hui</div><div>16:48</div></div>" (or "Hier"), the
picture, then <h2 class=title>, the category ("(pro)" for dealers, not a byline), the place and
the price. The day word and the time are in separate elements: together they are the
publication's minute. Entries: the nine ads. Not entries: the site's menus and category
tabs, the search form, the "Cacher les photos" toggle, the pager and the footer. No bylines
(authors None). The page says no absolute date: `now` is taken as 10 August 2015, 19:00 in
Paris (the fixture was committed on the 11th at 11:01, before the newest ad's "today 16:48"
could have been that day), so "Aujourd'hui, 16:48" is 10 August 14:48 UTC.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "http://www.leboncoin.fr/voitures/offres/midi_pyrenees/?q=renault%20laguna%203"
timezone = "Europe/Paris"
now = datetime(2015, 8, 10, 17, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.leboncoin.fr/voitures/839739086.htm?ca=16_s",
        "title": "Renault Laguna coupé GP 2 MONACO 150CV",
        "published": datetime(2015, 8, 10, 14, 48, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.leboncoin.fr/voitures/811192755.htm?ca=16_s",
        "title": "Renault laguna 3 dci 130 cv 2012 tbe",
        "published": datetime(2015, 8, 10, 10, 56, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.leboncoin.fr/voitures/838339270.htm?ca=16_s",
        "title": "Laguna 3 GT DCI 180 faible kms",
        "published": datetime(2015, 8, 10, 10, 53, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.leboncoin.fr/voitures/799312749.htm?ca=16_s",
        "title": "Renault Laguna",
        "published": datetime(2015, 8, 10, 10, 36, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.leboncoin.fr/voitures/836727779.htm?ca=16_s",
        "title": "Renault Laguna",
        "published": datetime(2015, 8, 10, 10, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.leboncoin.fr/voitures/839383874.htm?ca=16_s",
        "title": "Laguna phase3 150cv dynamique sport",
        "published": datetime(2015, 8, 9, 13, 31, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.leboncoin.fr/voitures/829843407.htm?ca=16_s",
        "title": "RENAULT LAGUNA 1.9DCI 110 Expression",
        "published": datetime(2015, 8, 9, 11, 20, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.leboncoin.fr/voitures/839271238.htm?ca=16_s",
        "title": "Renault laguna break 1.9 DCI estate",
        "published": datetime(2015, 8, 9, 8, 22, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.leboncoin.fr/voitures/839541197.htm?ca=16_s",
        "title": "Renault Captur Intens 1.5 DCI 110 CV",
        "published": datetime(2015, 8, 9, 6, 38, tzinfo=UTC),
        "author": None,
    },
]
