"""Real page: a U.S. senator's press releases for 2013 (cowan.senate.gov/press, "Press Releases |
Press", saved 2 May 2013), kept by dwillis/statement as a spec fixture of its senate press-release
scraper (spec/cowan_press.html). The same Senate template as vitter_press_us: under "Currently
showing results in 2013", one <table class="table table-striped"> with a "<thead><tr
class=divider><th>May 2013</th>" month heading per month, each row a date cell "<time
datetime="2013-05-01">05/01/13</time>" (a day only, month/day/two-digit year) and a title link
whose absolute href is wrapped in tabs and newlines (a browser strips them; the links below are
what it opens). 15 rows, May back to 7 February 2013; two titles end in a space ("... Checks ")
and several hold curly quotes ("William “Mo” Cowan"). No bylines (authors None). Not entries:
the navigation menus, the breadcrumb, the year <select>, the sharing buttons, the sidebar's
search and date filter. `now` is the save (the fixture's commit, 2 May 2013).
"""

from datetime import UTC, date, datetime

url = "http://www.cowan.senate.gov/press"
timezone = "America/New_York"
now = datetime(2013, 5, 2, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/248000-in-fema-grants-to-assist-first-responders-in-orleans-sudbury-and-winthrop",
        "title": "$248,000 in FEMA Grants to Assist First Responders in Orleans, Sudbury and Winthrop",
        "published": date(2013, 5, 1),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-floor-stament-on-boston-marathon-attack-resolution",
        "title": 'Senator William "Mo" Cowan Floor Stament on Boston Marathon Attack Resolution',
        "published": date(2013, 4, 25),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-speaks-about-the-marketplace-fairness-act-on-senate-floor",
        "title": 'Senator William "Mo" Cowan Speaks about the Marketplace Fairness Act on Senate Floor',
        "published": date(2013, 4, 25),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-condemns-boston-terror-attacks-honors-victims-on-senate-floor",
        "title": "Senator William “Mo” Cowan Condemns Boston Terror Attacks, Honors Victims on Senate Floor",
        "published": date(2013, 4, 17),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-statement-on-explosions-in-boston",
        "title": "Senator William “Mo” Cowan Statement on Explosions in Boston",
        "published": date(2013, 4, 15),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-statement-on-the-retirement-of-boston-mayor-thomas-menino",
        "title": "Senator William “Mo” Cowan Statement on the Retirement of Boston Mayor Thomas Menino",
        "published": date(2013, 3, 28),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/mass-delegation-unanimous-in-support-for-universal-gun-background-checks-",
        "title": "Mass. Delegation Unanimous in Support for Universal Gun Background Checks",
        "published": date(2013, 3, 28),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-cowan-joins-colleagues-in-filing-amicus-brief-supporting-marriage-equality",
        "title": "Senator Cowan Joins Colleagues in Filing Amicus Brief Supporting Marriage Equality",
        "published": date(2013, 3, 1),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-statement-on-the-senate-confirmation-of-jack-lew",
        "title": "Senator William “Mo” Cowan Statement on the Senate Confirmation of Jack Lew",
        "published": date(2013, 2, 27),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-statement-at-commerce-hearing-on-increasing-transparency-in-health-insurance-market",
        "title": "Senator William “Mo” Cowan Statement at Commerce Hearing on Increasing Transparency in Health Insurance Market",
        "published": date(2013, 2, 27),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-statement-on-the-senate-confirmation-of-chuck-hagel",
        "title": "Senator William “Mo” Cowan Statement on the Senate Confirmation of Chuck Hagel",
        "published": date(2013, 2, 26),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-highlights-importance-of-mass-agriculture-fishing-industries-",
        "title": "Senator William “Mo” Cowan Highlights Importance of Mass. Agriculture, Fishing Industries",
        "published": date(2013, 2, 14),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-cowans-statement-on-the-state-of-the-union-address",
        "title": "Senator Cowan’s Statement on The State of the Union Address",
        "published": date(2013, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-applauds-reauthorization-of-bill-to-prevent-violent-crimes-against-women",
        "title": "Senator William “Mo” Cowan Applauds Reauthorization of Bill to Prevent Violent Crimes Against Women",
        "published": date(2013, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.cowan.senate.gov/newsroom/press/senator-william-mo-cowan-statement-on-being-sworn-in-as-us-senator-for-massachusetts-",
        "title": "Senator William “Mo” Cowan Statement on Being Sworn In As U.S. Senator for Massachusetts",
        "published": date(2013, 2, 7),
        "author": None,
    },
]
