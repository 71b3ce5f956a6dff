"""Real page: sph.ethz.ch/news (ETH Zurich Student Project House), saved by damoeb/feedless for
its tests. A grid of five <article> cards, each with two links to the same story: the first wraps
an image and the headline (<div class="m-structure-item__title">), the second wraps
"<strong>Jun 21, 2022</strong> | teaser…" and "Continue reading >". Category chips between them
are javascript:void(0) links. Dates are days, Zurich time. No bylines.
"""

from datetime import UTC, date, datetime

url = "https://sph.ethz.ch/news"
timezone = "Europe/Zurich"
now = datetime(2022, 6, 25, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://sph.ethz.ch/news/student-learnings-2022",
        "title": "«Our learning journey is priceless»",
        "published": date(2022, 6, 21),
        "author": None,
    },
    {
        "link": "https://sph.ethz.ch/news/state-visit-at-sph",
        "title": "State visit at SPH",
        "published": date(2022, 5, 20),
        "author": None,
    },
    {
        "link": "https://sph.ethz.ch/news/where-future-generations-of-makers-and-innovators-are-born",
        "title": "SPH REPORT 2021",
        "published": date(2022, 5, 17),
        "author": None,
    },
    {
        "link": "https://sph.ethz.ch/news/student-project-house-opens-in-zentrum",
        "title": "Student Project House opens in Zentrum",
        "published": date(2021, 10, 26),
        "author": None,
    },
    {
        "link": "https://sph.ethz.ch/news/sph-opens-in-eth-zentrum",
        "title": "The ML/FHK building renovation",
        "published": date(2017, 1, 1),
        "author": None,
    },
]
