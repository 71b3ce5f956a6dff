"""Real page: page 24 of the comics archive of a web comic (thefrumps.com, WordPress with
ComicPress, 2012 strips), saved in March 2016 by TeamHG-Memex/autopager for its pagination
data. `lang="en-US"`. Under "Comics" and "555 comics.", twenty <div class=archivecomicthumbwrap>:
the day ("Dec 3rd, 2012", an ordinal suffix: a date without a time, compared as the local
day) over a thumbnail link — the strip's title is only in the links' `title` attributes ("London
CCTV"; the link holds only the image, whose `alt` is its file name,
"comic-2012-12-03-London-CCTV.jpg"). The markup nests the same link twice (<a title><a
rel=bookmark title><img></a></a>). No bylines: author None. The site's zone is not stated
(days only). Not entries: the header's menu and comic navigation, the sidebar, the pager, the
footer. `now` is the save (March 2016).
"""

from datetime import UTC, date, datetime

url = "http://www.thefrumps.com/comic/chapter/comics/page/24"
timezone = "America/New_York"
now = datetime(2016, 3, 11, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.thefrumps.com/comic/2012/12/03/london-cctv",
        "title": "London CCTV",
        "published": date(2012, 12, 3),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/11/29/who-needs-it",
        "title": "Who Needs It",
        "published": date(2012, 11, 29),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/11/26/tell-me-a-secret",
        "title": "Tell Me A Secret",
        "published": date(2012, 11, 26),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/11/22/poor-toilet",
        "title": "Poor Toilet",
        "published": date(2012, 11, 22),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/11/19/goonies",
        "title": "Goonies",
        "published": date(2012, 11, 19),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/11/15/walking-the-dog",
        "title": "Walking The Dog",
        "published": date(2012, 11, 15),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/11/12/back-to-the-future",
        "title": "Back To The Future",
        "published": date(2012, 11, 12),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/11/08/to-catch-a-predator",
        "title": "To Catch A Predator",
        "published": date(2012, 11, 8),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/11/05/star-wars",
        "title": "Star Wars",
        "published": date(2012, 11, 5),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/11/01/password",
        "title": "Password",
        "published": date(2012, 11, 1),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/10/29/michael-bay-was-right",
        "title": "Michael Bay Was Right",
        "published": date(2012, 10, 29),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/10/25/pink-slip",
        "title": "Pink Slip",
        "published": date(2012, 10, 25),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/10/22/foodie",
        "title": "Foodie",
        "published": date(2012, 10, 22),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/10/18/superman",
        "title": "Superman",
        "published": date(2012, 10, 18),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/10/15/purse",
        "title": "Purse",
        "published": date(2012, 10, 15),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/10/11/video-store-joke",
        "title": "Video Store Joke",
        "published": date(2012, 10, 11),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/10/08/men-should-just-know",
        "title": "Men Should Just Know",
        "published": date(2012, 10, 8),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/10/04/switched",
        "title": "Switched",
        "published": date(2012, 10, 4),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/10/01/noisy-neighbors",
        "title": "Noisy Neighbors",
        "published": date(2012, 10, 1),
        "author": None,
    },
    {
        "link": "http://www.thefrumps.com/comic/2012/09/27/wash-those-hands",
        "title": "Wash Those Hands",
        "published": date(2012, 9, 27),
        "author": None,
    },
]
