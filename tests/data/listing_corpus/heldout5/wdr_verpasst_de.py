"""Real page: WDR's Mediathek "Sendung verpasst" (missed a programme) page, here for Tuesday 3
October 2017, saved by mediathekview/MServer's crawler tests
(src/test/resources/wdr/wdr_day.html, committed 18 February 2018, 21:07 CET: `now`; the test
requests the day page of 3 February 2018, the page shows October 2017). `lang="de"`, its
canonical address taken for `url`. The site's header and menus, a month calendar and a date
form, then twelve video teasers (two large ones, nine in a grid, one more large one): each a
link (`div.teaser > a`) holding an image, an <h4 class="headline"> with a visually hidden
"Video:" before the title, a line "03.10.2017 | Länge: 43:55 Min." and the teaser text; the
show's name links its page above each (not the entry). Titles are the headlines as shown (the
hidden "Video:" left out); each published on the day of its line (no time shown). Authors left
out: the only names are credits inside some teaser texts ("Autor/-in: Christoph Wortberg"), not
bylines. A last teaser links the Mediathek's help page (no date line): not an entry."""

from datetime import UTC, date, datetime

url = "http://www1.wdr.de/mediathek/video/sendungverpasst/index.html"
timezone = "Europe/Berlin"
now = datetime(2018, 2, 18, 20, 8, tzinfo=UTC)

entries = [
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/wdr-dok/video-die-kommissare-vom-rhein----jahre-koelner-tatort-100.html",
        "title": "Die Kommissare vom Rhein - 20 Jahre Kölner Tatort",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/tatort/video-nachbarn-100.html",
        "title": "Nachbarn",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/lokalzeitgeschichten/video-lokalzeit-geschichten---heimat-100.html",
        "title": "Lokalzeit Geschichten - Heimat",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/aktuelle-stunde/video-aktuelle-stunde-2150.html",
        "title": "Aktuelle Stunde",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/video-taminas-reisetest-radtouren--kurztrip-auf-zwei-raedern-104.html",
        "title": "Taminas ReiseTest: Radtouren – Kurztrip auf zwei Rädern",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/video-muensterland-giro--104.html",
        "title": "Münsterland Giro 2017",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/unterhaltung/video-ein-herz-und-eine-seele---besuch-aus-der-ostzone-100.html",
        "title": "Ein Herz und eine Seele - Besuch aus der Ostzone",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/servicezeit/video-bjoern-freitags-streetfood-duell-pulled-korean-bbq-taco-100.html",
        "title": "Björn Freitags Streetfood Duell: Pulled Korean BBQ Taco",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/lecker-an-bord/video-kaffee-bier-und-historisches-brot--100.html",
        "title": "Kaffee-Bier und historisches Brot (3/6)",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/video-flussgeschichten---die-ruhr-104.html",
        "title": "Flussgeschichten - Die Ruhr",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/fernsehfilm/video-ein-hausboot-zum-verlieben-100.html",
        "title": "Ein Hausboot zum Verlieben",
        "published": date(2017, 10, 3),
    },
    {
        "link": "http://www1.wdr.de/mediathek/video/sendungen/fernsehfilm/video-die-farben-der-liebe-102.html",
        "title": "Die Farben der Liebe",
        "published": date(2017, 10, 3),
    },
]
