"""Real page: a U.S. senator's "Media releases" for 2013 (billnelson.senate.gov/news/media.cfm,
a ColdFusion site, saved 2 May 2013), kept by dwillis/statement as a spec fixture of its
press-release scraper (first as spec/bill_nelson_press.html, renamed -coldfusion in 2015).
Under "<h2>Media releases</h2>" and a row of year links (2013 in bold, 2012 … 2001 links), a
<ul> of 26 <li>: a relative title link "details.cfm?id=341529&amp;" followed by plain text ",
media release, April 24, 2013" (a day only). No bylines (authors None). The page declares
charset=iso-8859-1 but its bytes are UTF-8, so two titles with a curly apostrophe read
"heâ€™ll" / "lawmakersâ€™" in a browser: their `title` is left out (not settled), the
rest are plain ASCII. Not entries: the year links, the left menu ("Published columns »",
"Speeches & statements »", the Florida links), "STAY UP TO DATE WITH E-BRIEFS". `now` is the
save (the fixture's first commit, 2 May 2013).
"""

from datetime import UTC, date, datetime

url = "http://billnelson.senate.gov/news/media.cfm"
timezone = "America/New_York"
now = datetime(2013, 5, 2, 11, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341529&",
        "title": "Crackdown on fraud against elderly gains steam against backdrop of congressional probe",
        "published": date(2013, 4, 24),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341512&",
        "title": "Senate panel hears details of asteroid mission; and use of new capsule, monster rocket",
        "published": date(2013, 4, 23),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341510&",
        "title": "RESTORE Act gives BP fines to hard-hit counties, not state",
        "published": date(2013, 4, 23),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341464&",
        "title": "Senator: If at first you don't succeed against big oil - try, try again",
        "published": date(2013, 4, 19),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341409&",
        "title": "Support growing for ending prescription drug windfall",
        "published": date(2013, 4, 16),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341374&",
        "title": "Military anti-smuggling operation way down since across-the-board budget cuts",
        "published": date(2013, 4, 11),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341373&",
        "title": "Feds to audit Florida homeowner mortgage assistance program",
        "published": date(2013, 4, 11),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341338&",
        "title": "Senators cross political aisle hoping to save local airport towers",
        "published": date(2013, 4, 10),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341308&",
        "title": "High-ranking cosponsors could breathe new life into bill targeting tax refund identity scams",
        "published": date(2013, 4, 9),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341278&",
        "title": "NASA has plan to capture an asteroid and tow it to the moon",
        "published": date(2013, 4, 5),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341252&",
        "title": "Florida U.S. Senator says North Korea and young leader acting recklessly, says U.S. ready",
        "published": date(2013, 4, 3),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341251&",
        "title": 'Nelson: Airship cost-effective way to catch "bad guys"',
        "published": date(2013, 4, 3),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341219&",
        "title": "Nelson-backed pilot program to crack down on ID crooks stealing tax refunds goes nationwide",
        "published": date(2013, 3, 28),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341207&",
        "title": "U.S. senator, university researchers, state attorney, medical examiner headed to reform school",
        "published": date(2013, 3, 26),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341206&",
        "title": "Senator calls for more scrutiny of Florida's program to help homeowners avert foreclosure",
        "published": date(2013, 3, 26),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=341075&",
        "title": "Nelson calls for independent investigation into death of Cuban dissident",
        "published": date(2013, 3, 19),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=340995&",
        "title": "State Attorney General seeks exhumations of boys' reform school graves as sought by Nelson, others",
        "published": date(2013, 3, 12),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=340975&",
        "title": "Cuban Democracy advocate accepts Nelson invite to meet Congress",
        "published": date(2013, 3, 11),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=339918&",
        "published": date(2013, 2, 28),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=339828&",
        "title": "One of the truly costly budget cuts",
        "published": date(2013, 2, 27),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=339756&",
        "title": "Officials teaming up to help consumers fight back against theft of tax returns by ID thieves",
        "published": date(2013, 2, 20),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=339524&",
        "title": "Senator lends support to continuing USF-led investigation into unmarked graves at closed reform school",
        "published": date(2013, 2, 1),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=339425&",
        "title": "Following is U.S. Sen. Bill Nelson's statement on immigration reform",
        "published": date(2013, 1, 28),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=338273&",
        "title": "Senator to discuss VP effort on guns",
        "published": date(2013, 1, 15),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=338216&",
        "published": date(2013, 1, 8),
        "author": None,
    },
    {
        "link": "http://billnelson.senate.gov/news/details.cfm?id=338190&",
        "title": "Nelson begins third term in U.S. Senate",
        "published": date(2013, 1, 3),
        "author": None,
    },
]
