"""Real page: the front page of Schneier on Security (Movable Type), saved by damoeb/rss-proxy for
its tests. Full posts: an <h2 class=entry> link, the post with many links, tags, then a footer
"Posted on September 3, 2019 at 6:09 AM" (a permalink) and "N Comments". Times are local; the
source's time zone is taken as America/Chicago. No bylines on the posts.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.schneier.com/"
timezone = "America/Chicago"
now = datetime(2019, 9, 4, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.schneier.com/blog/archives/2019/09/massive_iphone_.html",
        "title": "Massive iPhone Hack Targets Uyghurs",
        "published": datetime(2019, 9, 3, 11, 9, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.schneier.com/blog/archives/2019/08/friday_squid_bl_692.html",
        "title": "Friday Squid Blogging: Why Mexican Jumbo Squid Populations Have Declined",
        "published": datetime(2019, 8, 30, 21, 9, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.schneier.com/blog/archives/2019/08/attacking_the_i.html",
        "title": "Attacking the Intel Secure Enclave",
        "published": datetime(2019, 8, 30, 11, 18, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.schneier.com/blog/archives/2019/08/ai_emotion-dete.html",
        "title": "AI Emotion-Detection Arms Race",
        "published": datetime(2019, 8, 29, 11, 17, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.schneier.com/blog/archives/2019/08/the_myth_of_con.html",
        "title": "The Myth of Consumer-Grade Security",
        "published": datetime(2019, 8, 28, 11, 14, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.schneier.com/blog/archives/2019/08/the_threat_of_f.html",
        "title": "The Threat of Fake Academic Research",
        "published": datetime(2019, 8, 27, 10, 14, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.schneier.com/blog/archives/2019/08/detecting_credi_1.html",
        "title": "Detecting Credit Card Skimmers",
        "published": datetime(2019, 8, 26, 11, 41, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.schneier.com/blog/archives/2019/08/friday_squid_bl_694.html",
        "title": "Friday Squid Blogging: Vulnerabilities in Squid Server",
        "published": datetime(2019, 8, 23, 23, 19, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.schneier.com/blog/archives/2019/08/license_plate_n.html",
        "title": 'License Plate "NULL"',
        "published": datetime(2019, 8, 23, 11, 19, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.schneier.com/blog/archives/2019/08/modifying_a_tes.html",
        "title": "Modifying a Tesla to Become a Surveillance Platform",
        "published": datetime(2019, 8, 22, 10, 21, tzinfo=UTC),
        "author": None,
    },
]
