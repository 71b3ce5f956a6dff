"""Real page: the home page of furbo.org (Craig Hockenberry's WordPress blog), saved by
Ranchero-Software/NetNewsWire for its parser tests. Full posts, each an <article class=hentry> with
an <h2 class=entry-title> link, the post, and a footer "Written on February 20th, 2016 for
<categories>" (a day, ordinal suffix). The sidebar comes first in the source and repeats the
recent posts' titles. No bylines on the posts. One is a link post: its <h2> holds a "►"
permalink to the post (the entry's link) and the headline linking to the App Store; it has no
footer, so its date is not scored; the App Store link is accepted too (``also``).
"""

from datetime import UTC, date, datetime

url = "http://furbo.org/"
timezone = "America/Los_Angeles"
now = datetime(2016, 2, 22, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://furbo.org/2016/02/20/the-forensic-shit-show/",
        "title": "The Forensic Shit Show",
        "published": date(2016, 2, 20),
        "author": None,
    },
    {
        "link": "http://furbo.org/2015/12/29/strapped-in/",
        "title": "Strapped In",
        "published": date(2015, 12, 29),
        "author": None,
    },
    {
        "link": "http://furbo.org/2015/12/28/the-new-ipod/",
        "title": "The New iPod",
        "published": date(2015, 12, 28),
        "author": None,
    },
    {
        "link": "http://furbo.org/2015/11/19/clicker-1-1/",
        "also": [
            "https://itunes.apple.com/us/app/clicker-count-anything/id1043951998?ls=1&mt=8&uo=4&at=10l4G7&ct=FURBO"
        ],
        "title": "Clicker 1.1",
        "author": None,
    },
    {
        "link": "http://furbo.org/2015/11/04/a-responsive-factory/",
        "title": "A Responsive Factory",
        "published": date(2015, 11, 4),
        "author": None,
    },
]
