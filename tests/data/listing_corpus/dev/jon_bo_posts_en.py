"""Real page: jon.bo/posts/, a Hugo blog (theme "terminal"), saved by damoeb/rss-proxy for its
tests. Five posts, each an <h1 class=post-title> link, a day-only date (2020-12-14), the start of
the post as plain text, and a "Read →" button; "Older posts →" pages on. No bylines.
"""

from datetime import UTC, date, datetime

url = "https://jon.bo/posts/"
timezone = "UTC"
now = datetime(2020, 12, 20, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://jon.bo/posts/patch-notes-v11/",
        "title": "the search for home",
        "published": date(2020, 12, 14),
        "author": None,
    },
    {
        "link": "https://jon.bo/posts/24/",
        "title": "24 Birthday Thoughts",
        "published": date(2020, 11, 8),
        "author": None,
    },
    {
        "link": "https://jon.bo/posts/patch-notes-v10/",
        "title": "Sunsets, writing, and noise",
        "published": date(2020, 10, 15),
        "author": None,
    },
    {
        "link": "https://jon.bo/posts/patch-notes-v9/",
        "title": "Spreadsheets, smoke, and leases",
        "published": date(2020, 9, 8),
        "author": None,
    },
    {
        "link": "https://jon.bo/posts/patch-notes-v8/",
        "title": "I need to watch more sunsets",
        "published": date(2020, 8, 17),
        "author": None,
    },
]
