"""Real page: MDR's Mediathek "Sendung verpasst?" (missed a programme) page for Sunday 26 August
2018, saved by mediathekview/MServer's crawler tests (src/test/resources/mdr/mdr_day_index.html,
added 30 August 2018, 22:55 CEST: `now`; the version read is of 4 September 2018). `lang="de"`;
its `og:url` (the day's address; the canonical link names the Mediathek's front) taken for
`url`. The site's header and menus, the last seven days' tabs, an <h1> "Sonntag, 26. August
2018" and a hint, then the day's broadcasts of MDR FERNSEHEN under collapsible parts of the day
("Vormittag", ...): 22 <div class="cssBroadcast"> items, each an image link, a time line
(channel, "So, 26.08.2018", start and end time), an <h4> holding the headline link (class
`headline`; four items put a series name before it in a <span class="broadcastSeriesTitle">,
outside the link: "selbstbestimmt! Die Reportage", "Ländermagazine"), the same link again in an
<h4 class="shortHeadline"> for small screens, a subtitle, feature icons and livestream /
Mediathek links. Titles: the headline links' text. Dates: the day and start time, Berlin time.
Authors left out: no bylines, only credits in some subtitles ("Film von Johannes Mayer")."""

from datetime import UTC, datetime

url = "https://www.mdr.de/mediathek/fernsehen/sendung-verpasst--100_date-20180826_inheritancecontext-header_numberofelements-1_zc-4f024506.html"
timezone = "Europe/Berlin"
now = datetime(2018, 8, 30, 20, 56, tzinfo=UTC)

entries = [
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800322_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "Achterbahn zurück ins Leben",
        "published": datetime(2018, 8, 26, 6, 0, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800324_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "MDR Garten",
        "published": datetime(2018, 8, 26, 6, 30, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800326_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "Unser Dorf hat Wochenende",
        "published": datetime(2018, 8, 26, 7, 0, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800330_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "Festgottesdienst zum 875. Stadtjubiläum aus Chemnitz",
        "published": datetime(2018, 8, 26, 8, 0, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800332_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "MDR aktuell",
        "published": datetime(2018, 8, 26, 8, 58, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800338_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "MDR aktuell",
        "published": datetime(2018, 8, 26, 12, 43, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung801834_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "Das Bären-Paradies am Ende der Welt",
        "published": datetime(2018, 8, 26, 12, 45, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800342_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "MDR aktuell",
        "published": datetime(2018, 8, 26, 13, 28, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung803136_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "Akte Ex",
        "published": datetime(2018, 8, 26, 13, 30, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800346_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "MDR aktuell",
        "published": datetime(2018, 8, 26, 14, 20, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800348_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "Sport im Osten",
        "published": datetime(2018, 8, 26, 14, 30, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800350_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "In aller Freundschaft - Die jungen Ärzte",
        "published": datetime(2018, 8, 26, 15, 10, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800352_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "MDR aktuell",
        "published": datetime(2018, 8, 26, 16, 0, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800354_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "In aller Freundschaft",
        "published": datetime(2018, 8, 26, 16, 5, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800356_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "Wetter für 3",
        "published": datetime(2018, 8, 26, 16, 50, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800358_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "Unser Sandmännchen",
        "published": datetime(2018, 8, 26, 16, 52, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800362_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "MDR SACHSENSPIEGEL",
        "published": datetime(2018, 8, 26, 17, 0, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800364_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "MDR SACHSEN-ANHALT HEUTE",
        "published": datetime(2018, 8, 26, 17, 0, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800366_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "MDR THÜRINGEN JOURNAL",
        "published": datetime(2018, 8, 26, 17, 0, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800368_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "MDR aktuell",
        "published": datetime(2018, 8, 26, 17, 30, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800370_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "Kripo live",
        "published": datetime(2018, 8, 26, 17, 50, tzinfo=UTC),
    },
    {
        "link": "https://www.mdr.de/mediathek/fernsehen/sendung800372_date-20180826_inheritancecontext-header_ipgctx-false_numberofelements-1_zc-4d7ac84d_zs-1638fa4e.html",
        "title": "Steimles Welt",
        "published": datetime(2018, 8, 26, 18, 15, tzinfo=UTC),
    },
]
