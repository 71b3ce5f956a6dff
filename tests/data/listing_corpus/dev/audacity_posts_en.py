"""Real page: www.audacityteam.org/posts/, a WordPress blog index (full posts on the listing),
saved by damoeb/feedless for its tests. Each <article class="hentry"> has an <h1 class=entry-title>
link, <time class="entry-date published" datetime="2021-12-06T14:15:27+00:00"> showing the day,
a byline "by <author>", the whole post, and "Posted in <category>". The expected date is the
<time> element's datetime (the page states it to the second).
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.audacityteam.org/posts/"
timezone = "UTC"
now = datetime(2021, 12, 8, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.audacityteam.org/2-minute-survey-about-new-features/",
        "title": "2-Minute Survey about New Features!",
        "published": datetime(2021, 12, 6, 14, 15, tzinfo=UTC),
        "author": "Leo Wattenberg",
    },
    {
        "link": "https://www.audacityteam.org/rethinking-the-manual/",
        "title": "Rethinking the Manual",
        "published": datetime(2021, 11, 18, 13, 10, tzinfo=UTC),
        "author": "Leo Wattenberg",
    },
    {
        "link": "https://www.audacityteam.org/audacity-3-1-is-out-now/",
        "title": "Audacity 3.1 is out now!",
        "published": datetime(2021, 10, 26, 6, 40, tzinfo=UTC),
        "author": "Leo Wattenberg",
    },
    {
        "link": "https://www.audacityteam.org/gsoc-2021-success/",
        "title": "GSoC 2021 Success!",
        "published": datetime(2021, 9, 5, 21, 59, tzinfo=UTC),
        "author": "Peter Jonas",
    },
    {
        "link": "https://www.audacityteam.org/gsoc-2021-with-audacity-work-product-spectral-editing-tool/",
        "title": "GSOC 2021 with Audacity – Work product – Spectral editing tool",
        "published": datetime(2021, 8, 21, 5, 47, tzinfo=UTC),
        "author": "Edward Hui",
    },
    {
        "link": "https://www.audacityteam.org/gsoc-2021-work-product-source-separation-and-deep-learning-tools/",
        "title": "GSoC 2021 – Work Product – Source Separation and Deep Learning Tools",
        "published": datetime(2021, 8, 19, 14, 10, tzinfo=UTC),
        "author": "Hugo Flores Garcia",
    },
    {
        "link": "https://www.audacityteam.org/source-separation-gsoc-2021-week-9/",
        "title": "Source Separation – GSoC 2021 Week 9",
        "published": datetime(2021, 8, 10, 15, 15, tzinfo=UTC),
        "author": "Hugo Flores Garcia",
    },
    {
        "link": "https://www.audacityteam.org/3-minute-survey-user-support/",
        "title": "3-minute survey: User Support",
        "published": datetime(2021, 8, 9, 17, 0, tzinfo=UTC),
        "author": "Leo Wattenberg",
    },
    {
        "link": "https://www.audacityteam.org/gsoc-2021-with-audacity-week-9/",
        "title": "GSOC 2021 with Audacity – Week 9",
        "published": datetime(2021, 8, 9, 9, 59, tzinfo=UTC),
        "author": "Edward Hui",
    },
    {
        "link": "https://www.audacityteam.org/gsoc-2021-with-audacity-week-8/",
        "title": "GSOC 2021 with Audacity – Week 8",
        "published": datetime(2021, 8, 6, 15, 26, tzinfo=UTC),
        "author": "Edward Hui",
    },
]
