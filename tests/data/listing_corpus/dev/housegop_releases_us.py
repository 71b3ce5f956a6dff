"""Real page: the House Republican Conference's member news for one day (gop.gov/republicans/news,
"Friday, March 29, 2013 - News from Republicans", saved about 21 April 2013), kept by
dwillis/statement as a spec fixture of its House GOP scraper (spec/house_gop_releases.html),
which read the day from the address's "offset=03/29/13". Under "<h1>Republican Twitter
Feed</h1>" and "<h2>Friday, March 29, 2013</h2>", a <ul id="membernews"> of 8 <li>, each one
link (target=_blank) holding a member's 40px photo and the release's title, to the member's
own site (posey.house.gov, upton.house.gov, ...); the last, "Relative URL test", has a relative
href ("republicans/other/relative_url_test.html", resolved against the page's address as a
browser does). The list's date is the <h2>'s day, a day only, for every item. No bylines
(authors None; the photo has an empty alt). Not entries: the left column's "Other Recent
News" day links ("Saturday, April 20" ... "Saturday, April 13"), the navigation, the footer's
link lists and social links. `now` is the save (the sidebar's latest day is 20 April; the
fixture's first commit is 22 April 2013).
"""

from datetime import UTC, date, datetime

url = "http://www.gop.gov/republicans/news?offset=03/29/13"
timezone = "America/New_York"
now = datetime(2013, 4, 22, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://posey.house.gov/News/DocumentSingle.aspx?DocumentID=325834",
        "title": "Posey: Cocoa Post Office to be Named in Honor of Local Civil Rights Leaders",
        "published": date(2013, 3, 29),
        "author": None,
    },
    {
        "link": "http://upton.house.gov/News/DocumentSingle.aspx?DocumentID=325948",
        "title": "KALAMAZOO GAZETTE: Upton demands explanation from FAA for closure of Battle Creek tower",
        "published": date(2013, 3, 29),
        "author": None,
    },
    {
        "link": "http://denham.house.gov/newsletter/weekly-update-rep-denham-march-29-2013",
        "title": "Weekly Update from Rep. Denham - March 29, 2013",
        "published": date(2013, 3, 29),
        "author": None,
    },
    {
        "link": "http://latta.house.gov/News/DocumentSingle.aspx?DocumentID=325837",
        "title": "Latta: EPA Proposes Rule That Will Harm Consumers at the Pump",
        "published": date(2013, 3, 29),
        "author": None,
    },
    {
        "link": "http://donyoung.house.gov/News/DocumentSingle.aspx?DocumentID=325872",
        "title": "Statement From Congressman Young",
        "published": date(2013, 3, 29),
        "author": None,
    },
    {
        "link": "http://burgess.house.gov/News/DocumentSingle.aspx?DocumentID=325767",
        "title": "Burgess: North Texas U.S. Service Academies Forum",
        "published": date(2013, 3, 29),
        "author": None,
    },
    {
        "link": "http://hastings.house.gov/News/DocumentSingle.aspx?DocumentID=325787",
        "title": "Hastings: America Deserves a Balanced Budget",
        "published": date(2013, 3, 29),
        "author": None,
    },
    {
        "link": "http://www.gop.gov/republicans/republicans/other/relative_url_test.html",
        "title": "Relative URL test",
        "published": date(2013, 3, 29),
        "author": None,
    },
]
