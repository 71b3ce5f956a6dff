"""Real page: the front of Google's "Official Blog" (googleblog.blogspot.com, Blogger with
Google's own template), June 2013, saved by dannguyen/html_trawl as a fixture of its page
parsing. `lang="en"`. Ten <div class=post> in <div id=Blog1>: an <h2 class=title> title link,
a header "<div class=published><span class=caption>Posted:</span> <span
class=publishdate>Tuesday, June 25, 2013</span></div>" with share buttons, the whole post
(pictures, links, quotations, days in the text), and at its end "<span
class=byline-author>Posted by Lucas Ballard, Software Engineer</span>": the author is the name
before the job title. Dates are the local day (Blogger's Pacific time). Not entries: the
header's menu, the sidebar's archive and labels, the pager ("Older Posts"), the footer.
`now` is the save (end of June 2013).
"""

from datetime import UTC, date, datetime

url = "http://googleblog.blogspot.com/"
timezone = "America/Los_Angeles"
now = datetime(2013, 6, 26, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://googleblog.blogspot.com/2013/06/transparency-report-making-web-safer.html",
        "title": "Transparency Report: Making the web a safer place",
        "published": date(2013, 6, 25),
        "author": "Lucas Ballard",
    },
    {
        "link": "http://googleblog.blogspot.com/2013/06/from-sutton-hoo-to-soccer-pitch-culture.html",
        "title": "From Sutton Hoo to the soccer pitch: culture with a click",
        "published": date(2013, 6, 25),
        "author": "James Davis",
    },
    {
        "link": "http://googleblog.blogspot.com/2013/06/experience-stunning-new-heights-with.html",
        "title": "Experience stunning new heights with Street View in Dubai",
        "published": date(2013, 6, 24),
        "author": "Tarek Abdalla",
    },
    {
        "link": "http://googleblog.blogspot.com/2013/06/youve-come-long-way-baby-remembering.html",
        "title": "“You’ve come a long way, Baby”: remembering the world’s first stored program computer",
        "published": date(2013, 6, 21),
        "author": "Lynette Webb",
    },
    {
        "link": "http://googleblog.blogspot.com/2013/06/americas-businesses-are-growing-web-is.html",
        "title": "America’s businesses are growing. The web is helping.",
        "published": date(2013, 6, 20),
        "author": "Allan Thygesen",
    },
    {
        "link": "http://googleblog.blogspot.com/2013/06/google-scholarships-recognize-84.html",
        "title": "Google scholarships recognize 84 computer science scholars in Europe, Middle East, and Africa",
        "published": date(2013, 6, 19),
        "author": "Efrat Aghassy",
    },
    {
        "link": "http://googleblog.blogspot.com/2013/06/celebrating-10-years-of-shared-success.html",
        "title": "Celebrating 10 years of shared success",
        "published": date(2013, 6, 18),
        "author": "Susan Wojcicki",
    },
    {
        "link": "http://googleblog.blogspot.com/2013/06/chromebooks-coming-to-more-stores-near.html",
        "title": "Chromebooks: coming to more stores near you",
        "published": date(2013, 6, 17),
        "author": "David Shapiro",
    },
    {
        "link": "http://googleblog.blogspot.com/2013/06/happy-small-business-week.html",
        "title": "Happy Small Business Week.",
        "published": date(2013, 6, 17),
        "author": "Lisa Gevelber",
    },
    {
        "link": "http://googleblog.blogspot.com/2013/06/our-continued-commitment-to-combating.html",
        "title": "Our continued commitment to combating child exploitation online",
        "published": date(2013, 6, 15),
        "author": "Jacquelline Fuller",
    },
]
