"""Real page: a U.S. senator's press page, page 1 (paul.senate.gov "Press | News", saved May
2015), kept by dwillis/statement as a spec fixture of its press-release scraper. Twenty items
in <div id="press">, not wrapped one by one: a "<span class="date black">05.19.15</span>"
(month.day.two-digit year, a day only), an <h2 class="title"> link, a <p class="summary">
ending in "… Continue Reading" (a second link to the same release), an <hr>. One item is an
op-ed (/news/article/...) in the same list. No bylines (authors None). Not entries: the
navigation, "Newsletter Sign-up" and help links (twice, menu and footer). `now` is the save
(the fixture's commit, 20 May 2015 US Pacific time).
"""

from datetime import UTC, date, datetime

url = "http://www.paul.senate.gov/news/press?PageNum_rs=1"
timezone = "America/New_York"
now = datetime(2015, 5, 21, 6, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.paul.senate.gov/news/press/sens-rand-paul-and-mark-warner-introduce-the-bonuses-for-cost-cutters-act-of-2015",
        "title": "Sens. Rand Paul & Mark Warner Introduce the Bonuses for Cost-Cutters Act of 2015",
        "published": date(2015, 5, 19),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sen-rand-paul-releases-third-edition-of-the-waste-report-",
        "title": "Sen. Rand Paul Releases Third Edition of ‘The Waste Report’",
        "published": date(2015, 5, 18),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sen-rand-paul-votes-to-release-wrongfully-imprisoned-us-citizens-in-iran",
        "title": "Sen. Rand Paul Votes to Release Wrongfully Imprisoned U.S. Citizens in Iran",
        "published": date(2015, 5, 12),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sen-rand-paul-releases-newest-edition-of-the-waste-report",
        "title": "Sen. Rand Paul Releases Newest Edition of ‘The Waste Report’",
        "published": date(2015, 5, 11),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/article/time-op-ed-what-you-discuss-on-your-phone-is-none-of-the-governments-business",
        "title": "TIME Op-Ed: What You Discuss on Your Phone Is None of the Government’s Business",
        "published": date(2015, 5, 8),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sen-rand-paul-unveils-the-waste-report-",
        "title": "Sen. Rand Paul Unveils ‘The Waste Report’",
        "published": date(2015, 5, 6),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sens-paul-ernst-and-boxer-introduce-legislation-to-arm-the-kurds-in-support-of-fight-against-isis",
        "title": "Sens. Paul, Ernst, & Boxer Introduce Legislation to Arm the Kurds in Support of Fight Against ISIS",
        "published": date(2015, 5, 5),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sens-paul-and-mcconnell-introduce-bourbon-bill-on-51st-anniversary-of-congressional-bourbon-resolution-",
        "title": "Sens. Paul and McConnell Introduce Bourbon Bill on 51st Anniversary of Congressional Bourbon Resolution",
        "published": date(2015, 5, 4),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sens-paul-schatz-and-rep-ellison-introduce-reset-act",
        "title": "Sens. Paul, Schatz & Rep. Ellison Introduce RESET Act",
        "published": date(2015, 4, 30),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sen-paul-questions-secretary-jeh-johnson-on-data-privacy-and-encryption-backdoors-",
        "title": "Sen. Paul Questions Secretary Jeh Johnson on Data Privacy and Encryption “Backdoors”",
        "published": date(2015, 4, 29),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sen-rand-paul-introduces-joint-resolution-of-disapproval-to-repeal-internet-regulation",
        "title": "Sen. Rand Paul Introduces Joint Resolution of Disapproval to Repeal Internet Regulation",
        "published": date(2015, 4, 29),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sen-rand-paul-reintroduces-constitutional-amendment-requiring-congress-to-live-by-the-laws-it-passes",
        "title": "Sen. Rand Paul Reintroduces Constitutional Amendment Requiring Congress to Live by the Laws it Passes",
        "published": date(2015, 4, 23),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sens-paul-wyden-and-rep-lofgren-introduce-bipartisan-bicameral-aarons-law",
        "title": "Sens. Paul, Wyden and Rep. Lofgren Introduce Bipartisan, Bicameral Aaron’s Law",
        "published": date(2015, 4, 21),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sens-paul-mcconnell-introduce-focus-act-of-2015",
        "title": "Sens. Paul, McConnell Introduce FOCUS Act of 2015",
        "published": date(2015, 4, 21),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sen-rand-paul-participates-in-bipartisan-panel-discussion-on-criminal-justice-reform-at-howard-university",
        "title": "Sen. Rand Paul Participates in Bipartisan Panel Discussion on Criminal Justice Reform at Howard University",
        "published": date(2015, 4, 17),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sen-rand-paul-introduces-defense-of-environment-and-property-act-of-2015",
        "title": "Sen. Rand Paul Introduces Defense of Environment and Property Act of 2015",
        "published": date(2015, 4, 17),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sens-paul-boxer-introduce-bipartisan-invest-in-transportation-act",
        "title": "Sens. Paul, Boxer Introduce Bipartisan “Invest in Transportation Act”",
        "published": date(2015, 4, 16),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sens-paul-grassley-introduce-fuel-choice-and-deregulation-act-of-2015",
        "title": "Sens. Paul, Grassley Introduce Fuel Choice and Deregulation Act of 2015",
        "published": date(2015, 3, 31),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sen-rand-paul-introduces-amendment-to-offset-increased-oco-funding",
        "title": "Sen. Rand Paul Introduces Amendment to Offset Increased OCO Funding",
        "published": date(2015, 3, 27),
        "author": None,
    },
    {
        "link": "http://www.paul.senate.gov/news/press/sens-paul-mcconnell-heller-and-capito-introduce-legislation-to-help-americas-rural-communities",
        "title": "Sens. Paul, McConnell, Heller, and Capito Introduce Legislation to Help America’s Rural Communities",
        "published": date(2015, 3, 26),
        "author": None,
    },
]
