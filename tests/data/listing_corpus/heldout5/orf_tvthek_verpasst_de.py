"""Real page: ORF TVthek's (the Austrian broadcaster's video library) "Sendung verpasst" schedule
for Sunday 17 March 2019, saved by mediathekview/MServer's crawler tests
(src/test/resources/orf/orf_day.html, updated 19 March 2019, 21:37 CET: `now`; the date select
shows 19 March as "Heute"). `lang="de"`; the address is the one the page's date select gives the
day (`/schedule/17.3.2019`). The site's header, a date select, a channel filter and the day's
parts, then an <h2> "Sonntag, 17.03.2019" over five <h3> parts of the day ("Vormittag",
"Nachmittag", "Vorabend", "Hauptabend", "Nacht"), each with its <article
class="b-schedule-episode"> items: one link holding the broadcast time ("7.15 Uhr"), the channel
("ORF 2"), a still with its length, an <h4> title and a description. Eleven items are on the
page (the parts' script data count more, 10, 14, 25, 14 and 4: only the items on the page
count). Two items hold a related version of the same broadcast (audio description, sign
language) in a <div class="related-episode">: part of their item, not entries. Dates: 17 March
2019 at the time shown, Vienna time. No bylines (the channel is not an author): authors None."""

from datetime import UTC, datetime

url = "https://tvthek.orf.at/schedule/17.3.2019"
timezone = "Europe/Vienna"
now = datetime(2019, 3, 19, 20, 38, tzinfo=UTC)

entries = [
    {
        "link": "https://tvthek.orf.at/profile/Wetter-Panorama/7268748/Wetter-Panorama/14007692",
        "title": "Wetter-Panorama",
        "published": datetime(2019, 3, 17, 6, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tvthek.orf.at/profile/Hallo-okidoki/2616615/Hallo-okidoki/14007693",
        "title": "Hallo okidoki",
        "published": datetime(2019, 3, 17, 7, 10, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tvthek.orf.at/profile/Tolle-Tiere/13764575/Tolle-Tiere/14007694",
        "title": "Tolle Tiere",
        "published": datetime(2019, 3, 17, 7, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tvthek.orf.at/profile/Ski-alpin-Damen-Herren/13886795/Skiweltcup-Siegerehrungen-inkl-Uebergabe-der-Kristallkugeln/14007719",
        "title": "Skiweltcup: Siegerehrungen inkl. Übergabe der Kristallkugeln",
        "published": datetime(2019, 3, 17, 15, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tvthek.orf.at/profile/Was-ich-glaube/1287/Was-ich-glaube/14007720",
        "title": "Was ich glaube",
        "published": datetime(2019, 3, 17, 15, 54, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tvthek.orf.at/profile/ZIB-1700/71284/ZIB-1700/14007722",
        "title": "ZIB 17:00",
        "published": datetime(2019, 3, 17, 16, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tvthek.orf.at/profile/Vorarlberg-heute/70024/Vorarlberg-heute/14007821",
        "title": "Vorarlberg heute",
        "published": datetime(2019, 3, 17, 18, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tvthek.orf.at/profile/Wien-heute/70018/Wien-heute/14007816",
        "title": "Wien heute",
        "published": datetime(2019, 3, 17, 18, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tvthek.orf.at/profile/Fussball/8205855/Fussball/14007727",
        "title": "Fußball",
        "published": datetime(2019, 3, 17, 18, 10, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tvthek.orf.at/profile/ZIB-1/1203/ZIB-1/14007730",
        "title": "ZIB 1",
        "published": datetime(2019, 3, 17, 18, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tvthek.orf.at/profile/Embrace-Du-bist-schoen/13890275/Embrace-Du-bist-schoen/14007745",
        "title": "Embrace - Du bist schön",
        "published": datetime(2019, 3, 17, 22, 5, tzinfo=UTC),
        "author": None,
    },
]
