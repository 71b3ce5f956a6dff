"""Written page imitating a Substack publication's archive (Latest tab): per post a title link, a
subtitle link to the same post, "NOV 24" (no year: the year is the current one, 2026; the
<time>'s datetime says 11:00 UTC, a reader sees a day), the author's name (a byline; Substack's CSS shows it in capitals), like and comment
counts, and a thumbnail link.
"""

from datetime import UTC, date, datetime

url = "https://theslowlane.substack.com/archive?sort=new"
timezone = "America/New_York"
now = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://theslowlane.substack.com/p/the-case-for-boring-trains",
        "title": "The case for boring trains",
        "published": date(2026, 11, 30),
        "author": "Maya Lindqvist",
    },
    {
        "link": "https://theslowlane.substack.com/p/what-a-bus-lane-costs",
        "title": "What a bus lane actually costs",
        "published": date(2026, 11, 24),
        "author": "Maya Lindqvist",
    },
    {
        "link": "https://theslowlane.substack.com/p/interview-a-night-shift-driver",
        "title": "Interview: a night-shift driver on route 22",
        "published": date(2026, 11, 17),
        "author": "Theo Banks",
    },
    {
        "link": "https://theslowlane.substack.com/p/bikes-on-trains",
        "title": "Bikes on trains, a field guide",
        "published": date(2026, 11, 10),
        "author": "Maya Lindqvist",
    },
    {
        "link": "https://theslowlane.substack.com/p/the-slow-lane-turns-two",
        "title": "The Slow Lane turns two",
        "published": date(2026, 10, 31),
        "author": "Maya Lindqvist",
    },
]
