"""Real page: 3sat's Mediathek (video library) "Sendung verpasst" (missed a programme) page for
Saturday 27 April 2019, page 1 of 2, saved by mediathekview/MServer's crawler tests
(src/test/resources/dreisat/dreisat_day_page1.html, committed 27 April 2019, 20:25 CEST: `now`).
`lang="de"`, its canonical address (`?mode=&datum=20190427`) taken for `url`. A header menu of
the programme's shows, a date picker, a filter ("ganze Sendungen" / "Einzelbeiträge" ...), "19
ganze Sendungen für dieses Datum verfügbar" and a pager, then ten <div class="mediatheklistbox">
boxes: a still and the length ("42:44 min") over the title link (class `BoxHeadline`), a teaser
link whose bold lead is an episode's subtitle or a credit ("Film von Stephan Düfel:") and the
label "ganze Sendung". The first box carries the day, "Samstag, 27. April 2019", the page's date
for all of them: each published that day (no time is shown). Authors left out: the only names
are the film credits some teasers open with, not bylines of the entries; the links are
protocol-relative, resolved against the page's http address."""

from datetime import UTC, date, datetime

url = "http://www.3sat.de/mediathek/?mode=&datum=20190427"
timezone = "Europe/Berlin"
now = datetime(2019, 4, 27, 18, 26, tzinfo=UTC)

entries = [
    {
        "link": "http://www.3sat.de/mediathek/?mode=play&obj=80499",
        "title": "Japan von oben (5/5)",
        "published": date(2019, 4, 27),
    },
    {
        "link": "http://www.3sat.de/mediathek/?mode=play&obj=80497",
        "title": "Japan von oben (4/5)",
        "published": date(2019, 4, 27),
    },
    {
        "link": "http://www.3sat.de/mediathek/?mode=play&obj=80496",
        "title": "Japan von oben (3/5)",
        "published": date(2019, 4, 27),
    },
    {
        "link": "http://www.3sat.de/mediathek/?mode=play&obj=80495",
        "title": "Japan von oben (2/5)",
        "published": date(2019, 4, 27),
    },
    {
        "link": "http://www.3sat.de/mediathek/?mode=play&obj=80494",
        "title": "Japan von oben (1/5)",
        "published": date(2019, 4, 27),
    },
    {
        "link": "http://www.3sat.de/mediathek/?mode=play&obj=79981",
        "title": "Wildes Japan (2/2): Tropenstrand und Bärenland",
        "published": date(2019, 4, 27),
    },
    {
        "link": "http://www.3sat.de/mediathek/?mode=play&obj=79980",
        "title": "Wildes Japan (1/2): Schneeaffen und Vulkane",
        "published": date(2019, 4, 27),
    },
    {
        "link": "http://www.3sat.de/mediathek/?mode=play&obj=80289",
        "title": "Reisen in ferne Welten: Tokio - Japans Mega-Metropole",
        "published": date(2019, 4, 27),
    },
    {
        "link": "http://www.3sat.de/mediathek/?mode=play&obj=80405",
        "title": "Der Kimono - Zauber aus Seide",
        "published": date(2019, 4, 27),
    },
    {
        "link": "http://www.3sat.de/mediathek/?mode=play&obj=80404",
        "title": "Der Weg der Weisheit (2/2)",
        "published": date(2019, 4, 27),
    },
]
