"""Real page: a Norwegian football club's team page (Skeid, Oslo: the boys born 2007, "Skeid Gutter 9 år
Gutter 2007", on the 123klubb club platform), saved on 11 January 2016 by froderystad/fotballvarsel,
a Node.js watcher that mails parents when the team page gets news, as its test page. A header of
menus and a hidden login form, then the team's news as a masonry grid of ten cards (<div class="item
col-md-6"><div class="w-box">): an <h2> headline with no link, a teaser <p>, and a footer
"<small>11.01.2016  | Thomas Brørs</small>" (a day, day first, then the poster's name, no link)
beside the card's only link, a button "Les mer" (read more) to the article. Headlines mention other
days ("Innetreningene starter fra 01.12.15", "Oppsummering foreldremøte G2007. Avholdt 01.09.2015");
the published day is the footer's. Titles are the unlinked headlines. Not entries: the "Nyhetsarkiv"
(news archive) button under the grid, the side column's accordion of the club's other team pages,
its tabs of coaches and players, the footer. `now` is the commit that saved the page.
"""

from datetime import UTC, date, datetime

url = "http://skeid.no/portal/theme/team/main.do?teamId=10489"
timezone = "Europe/Oslo"
now = datetime(2016, 1, 11, 19, 1, tzinfo=UTC)

entries = [
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9340124",
        "title": "Trening mandager er avlyst pga. baneforhold",
        "published": date(2016, 1, 11),
        "author": "Thomas Brørs",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9332768",
        "title": "Innetreningene starter fra 01.12.15",
        "published": date(2015, 11, 26),
        "author": "Thomas Brørs",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9338034",
        "title": "Innetreningvinter 15/16: PÅMELDING",
        "published": date(2015, 11, 18),
        "author": "Thomas Brørs",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9310923",
        "title": "Shorts og strømper til Skeiddrakten",
        "published": date(2015, 9, 18),
        "author": "Thomas Brørs",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9328742",
        "title": "Oppsummering foreldremøte G2007. Avholdt 01.09.2015",
        "published": date(2015, 8, 24),
        "author": "Thomas Brørs",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9311870",
        "title": "G2007: PÅMELDING til fotball",
        "published": date(2015, 8, 10),
        "author": "Thomas Brørs",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9336839",
        "title": "Påmelding til cupper november og desember 2015",
        "published": date(2015, 8, 4),
        "author": "Thomas Brørs",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9310904",
        "title": "Treningstider sesongen 2015",
        "published": date(2015, 6, 17),
        "author": "Thomas Brørs",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9322561",
        "title": "Hønefoss Cup: Laginndeling og kamptider m.m.",
        "published": date(2015, 6, 5),
        "author": "Thomas Brørs",
    },
    {
        "link": "http://skeid.no/portal/theme/organization/news/show.do?id=9329848",
        "title": "3v3 Kjelsås-cup 2015 - 12.-13. september.",
        "published": date(2015, 5, 4),
        "author": "Thomas Brørs",
    },
]
