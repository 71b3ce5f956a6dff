"""Real page: page 101 of a German shop's support forum board "Bestellungen" (forum.mindfactory.de,
vBulletin 4, 2014 threads), saved in March 2016 by TeamHG-Memex/autopager for its pagination
data. `lang="de"`. Three stickies (<ol id=stickies>, each title after a "Wichtig:" prefix)
and thirty threads (<ol id=threads>), each <li class=threadbit>: an <h3 class=threadtitle>
with icons, the prefix and the title link <a class=title> (mostly "Vorgangsnummer: 3913471",
an order number), then the starter and the first post's time, "<a class=username
title="Erstellt von Witala (15.11.2013 um 15:02 Uhr)">Witala</a> - 15.11.2013, 15:02 Uhr"
(the entry's author and date), then replies, views and the last post (user, "28.08.2014
08:50"): not the entry's. Times are in "WEZ +1" as the footer says. Not entries: menus, the
last posters, the pager, the footer. `now` is the footer's "Es ist jetzt 18:27 Uhr" on 10
March 2016.
"""

from datetime import UTC, datetime

url = "https://forum.mindfactory.de/f42-bestellungen-101.html"
timezone = "Etc/GMT-1"
now = datetime(2016, 3, 10, 17, 27, tzinfo=UTC)

entries = [
    {
        "link": "https://forum.mindfactory.de/t78242-info-center-bitte-erstellung-threads-lesen.html",
        "title": "[Info-Center] Bitte vor Erstellung eines Threads lesen!",
        "published": datetime(2013, 11, 15, 14, 2, tzinfo=UTC),
        "author": "Witala",
    },
    {
        "link": "https://forum.mindfactory.de/t74230-wichtig-never-settle-aktion.html",
        "title": "[Wichtig] Never-Settle-Aktion",
        "published": datetime(2013, 2, 4, 21, 48, tzinfo=UTC),
        "author": "Witala",
    },
    {
        "link": "https://forum.mindfactory.de/t82431-trage-kundennummer.html",
        "title": "Wo und wie trage ich meine Kundennummer ein?",
        "published": datetime(2011, 5, 25, 13, 51, tzinfo=UTC),
        "author": "Witala",
    },
    {
        "link": "https://forum.mindfactory.de/t83643-storn-vorgangsnummer-3913471-bearbeitungsnummer-6743999-a.html",
        "title": "Storn. Vorgangsnummer: 3913471 Bearbeitungsnummer: 6743999",
        "published": datetime(2014, 8, 29, 6, 37, tzinfo=UTC),
        "author": "dam13n",
    },
    {
        "link": "https://forum.mindfactory.de/t83637-vorgangsnummer-3902029-a.html",
        "title": "Vorgangsnummer: 3902029",
        "published": datetime(2014, 8, 28, 16, 20, tzinfo=UTC),
        "author": "kundi83",
    },
    {
        "link": "https://forum.mindfactory.de/t83472-seit-3-tagen-keine-rueckmeldung-santander-consumer-bank.html",
        "title": "Seit 3 Tagen keine Rückmeldung von Santander Consumer Bank",
        "published": datetime(2014, 8, 21, 16, 54, tzinfo=UTC),
        "author": "Deminous",
    },
    {
        "link": "https://forum.mindfactory.de/t83589-vorgangsnummer-3904389-a.html",
        "title": "Vorgangsnummer 3904389",
        "published": datetime(2014, 8, 26, 18, 3, tzinfo=UTC),
        "author": "Margel",
    },
    {
        "link": "https://forum.mindfactory.de/t83612-vorgangsnummer-3910931-a.html",
        "title": "Vorgangsnummer 3910931",
        "published": datetime(2014, 8, 27, 16, 0, tzinfo=UTC),
        "author": "dYnAm1c",
    },
    {
        "link": "https://forum.mindfactory.de/t83627-vorgang-3912588-a.html",
        "title": "Vorgang 3912588",
        "published": datetime(2014, 8, 28, 9, 47, tzinfo=UTC),
        "author": "Dirk_Sonntag",
    },
    {
        "link": "https://forum.mindfactory.de/t83626-vorgangsnummer-3904705-a.html",
        "title": "Vorgangsnummer 3904705",
        "published": datetime(2014, 8, 28, 8, 0, tzinfo=UTC),
        "author": "Muni",
    },
    {
        "link": "https://forum.mindfactory.de/t83625-vorgangsnummer-3913061-a.html",
        "title": "Vorgangsnummer: 3913061",
        "published": datetime(2014, 8, 28, 7, 35, tzinfo=UTC),
        "author": "garfield",
    },
    {
        "link": "https://forum.mindfactory.de/t83624-vorgangsnummer-3912793-a.html",
        "title": "Vorgangsnummer: 3912793",
        "published": datetime(2014, 8, 28, 7, 23, tzinfo=UTC),
        "author": "aerospeed",
    },
    {
        "link": "https://forum.mindfactory.de/t83470-vorgangsnummer-3905206-a.html",
        "title": "Vorgangsnummer: 3905206",
        "published": datetime(2014, 8, 21, 14, 41, tzinfo=UTC),
        "author": "mstocksieker",
    },
    {
        "link": "https://forum.mindfactory.de/t83617-vorgangsnummer-3912753-a.html",
        "title": "Vorgangsnummer: 3912753",
        "published": datetime(2014, 8, 27, 17, 43, tzinfo=UTC),
        "author": "SaBeX",
    },
    {
        "link": "https://forum.mindfactory.de/t83620-vorgangsnummer-3912461-a.html",
        "title": "Vorgangsnummer: 3912461",
        "published": datetime(2014, 8, 27, 20, 24, tzinfo=UTC),
        "author": "PraxX",
    },
    {
        "link": "https://forum.mindfactory.de/t83614-vorgangsnummer-3911895-a.html",
        "title": "Vorgangsnummer: 3911895",
        "published": datetime(2014, 8, 27, 16, 44, tzinfo=UTC),
        "author": "Sebastiian",
    },
    {
        "link": "https://forum.mindfactory.de/t83610-vorgangsnummer-3902608-a.html",
        "title": "Vorgangsnummer 3902608",
        "published": datetime(2014, 8, 27, 15, 52, tzinfo=UTC),
        "author": "Maxk",
    },
    {
        "link": "https://forum.mindfactory.de/t83611-vorgangsnummer-3910563-a.html",
        "title": "Vorgangsnummer 3910563",
        "published": datetime(2014, 8, 27, 15, 57, tzinfo=UTC),
        "author": "derderdieweltnichtrettet",
    },
    {
        "link": "https://forum.mindfactory.de/t83608-vorgangsnummer-3909215-a.html",
        "title": "Vorgangsnummer 3909215",
        "published": datetime(2014, 8, 27, 13, 47, tzinfo=UTC),
        "author": "NMH",
    },
    {
        "link": "https://forum.mindfactory.de/t83605-vorgangsnummer-3904936-a.html",
        "title": "Vorgangsnummer: 3904936",
        "published": datetime(2014, 8, 27, 12, 14, tzinfo=UTC),
        "author": "Tristan",
    },
    {
        "link": "https://forum.mindfactory.de/t83601-vorgangsnummer-3906513-a.html",
        "title": "Vorgangsnummer: 3906513",
        "published": datetime(2014, 8, 27, 11, 33, tzinfo=UTC),
        "author": "6Sic6",
    },
    {
        "link": "https://forum.mindfactory.de/t83558-vogangsnummer-3905764-a.html",
        "title": "Vogangsnummer: 3905764",
        "published": datetime(2014, 8, 25, 15, 54, tzinfo=UTC),
        "author": "KNAPPI",
    },
    {
        "link": "https://forum.mindfactory.de/t83584-vorgangsnummer-3904594-a.html",
        "title": "Vorgangsnummer: 3904594",
        "published": datetime(2014, 8, 26, 14, 51, tzinfo=UTC),
        "author": "Stingray1993",
    },
    {
        "link": "https://forum.mindfactory.de/t83557-vorgangsnummer-3907072-a.html",
        "title": "Vorgangsnummer: 3907072",
        "published": datetime(2014, 8, 25, 15, 19, tzinfo=UTC),
        "author": "bubuaj99",
    },
    {
        "link": "https://forum.mindfactory.de/t83562-vorgangsnummer-3906177-a.html",
        "title": "Vorgangsnummer: 3906177",
        "published": datetime(2014, 8, 25, 17, 15, tzinfo=UTC),
        "author": "wookie1701",
    },
    {
        "link": "https://forum.mindfactory.de/t83577-falsches-mainboard-erhalten-bestellung-3904370-a.html",
        "title": "Falsches Mainboard erhalten, Bestellung 3904370",
        "published": datetime(2014, 8, 26, 10, 19, tzinfo=UTC),
        "author": "Garfiiield",
    },
    {
        "link": "https://forum.mindfactory.de/t83576-vorgangsnummer-3904653-a.html",
        "title": "Vorgangsnummer: 3904653",
        "published": datetime(2014, 8, 26, 10, 16, tzinfo=UTC),
        "author": "tdrei",
    },
    {
        "link": "https://forum.mindfactory.de/t83575-vorgangsnummer-3908773-a.html",
        "title": "Vorgangsnummer: 3908773",
        "published": datetime(2014, 8, 26, 9, 55, tzinfo=UTC),
        "author": "Honex",
    },
    {
        "link": "https://forum.mindfactory.de/t83571-vorgangsnummer-3907612-a.html",
        "title": "Vorgangsnummer: 3907612",
        "published": datetime(2014, 8, 26, 7, 14, tzinfo=UTC),
        "author": "AltairDerEzio",
    },
    {
        "link": "https://forum.mindfactory.de/t83554-vorgangsnummer-3906839-a.html",
        "title": "Vorgangsnummer : 3906839",
        "published": datetime(2014, 8, 25, 13, 41, tzinfo=UTC),
        "author": "Michael Steinkopf",
    },
    {
        "link": "https://forum.mindfactory.de/t83573-vorgangsnummer-3910563-a.html",
        "title": "Vorgangsnummer 3910563",
        "published": datetime(2014, 8, 26, 8, 31, tzinfo=UTC),
        "author": "derderdieweltnichtrettet",
    },
    {
        "link": "https://forum.mindfactory.de/t83537-vorgangsnummer-3905831-a.html",
        "title": "Vorgangsnummer: 3905831",
        "published": datetime(2014, 8, 24, 17, 9, tzinfo=UTC),
        "author": "cupra2007",
    },
    {
        "link": "https://forum.mindfactory.de/t83570-vorgangsnummer-3904187-a.html",
        "title": "Vorgangsnummer 3904187",
        "published": datetime(2014, 8, 26, 6, 58, tzinfo=UTC),
        "author": "virusmoere",
    },
]
