"""Real page: the home page of inessential.com (Brent Simmons's weblog) as of March 2016, saved
by Ranchero-Software/NetNewsWire for its parser tests. Full posts in <div class=weblogPost>: an
<h3> link, the body, and a dateline "04 Mar 2016" linking to the post again. No bylines.
"""

from datetime import UTC, date, datetime

url = "http://inessential.com/"
timezone = "America/Los_Angeles"
now = datetime(2016, 3, 5, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://inessential.com/2016/03/04/lizcast",
        "title": "Lizcast",
        "published": date(2016, 3, 4),
        "author": None,
    },
    {
        "link": "http://inessential.com/2016/03/01/omnioutliner_4_5",
        "title": "OmniOutliner 4.5",
        "published": date(2016, 3, 1),
        "author": None,
    },
    {
        "link": "http://inessential.com/2016/02/25/omnidev",
        "title": "OmniDev",
        "published": date(2016, 2, 25),
        "author": None,
    },
    {
        "link": "http://inessential.com/2016/02/18/omnijobs",
        "title": "OmniJobs",
        "published": date(2016, 2, 18),
        "author": None,
    },
    {
        "link": "http://inessential.com/2016/02/11/it_will_be_trump",
        "title": "It Will Be Trump",
        "published": date(2016, 2, 11),
        "author": None,
    },
    {
        "link": "http://inessential.com/2016/02/09/origin_of_good_and_bad_hair_day",
        "title": "Origin of Good (and Bad) Hair Day",
        "published": date(2016, 2, 9),
        "author": None,
    },
    {
        "link": "http://inessential.com/2016/02/08/river5",
        "title": "River5",
        "published": date(2016, 2, 8),
        "author": None,
    },
    {
        "link": "http://inessential.com/2016/02/06/stop_watch",
        "title": "Stop Watch",
        "published": date(2016, 2, 6),
        "author": None,
    },
    {
        "link": "http://inessential.com/2016/02/05/on_sanders_governing",
        "title": "On Sanders Governing",
        "published": date(2016, 2, 5),
        "author": None,
    },
    {
        "link": "http://inessential.com/2016/02/05/cocoaconf_podcast_with_me",
        "title": "CocoaConf Podcast with Me",
        "published": date(2016, 2, 5),
        "author": None,
    },
]
