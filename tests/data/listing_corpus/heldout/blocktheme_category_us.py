"""Written page imitating a WordPress block theme's category archive (Twenty Twenty-Four style),
en-US: <li class=wp-block-post> with a featured-image link (aria-label = title), an <h2
class=wp-block-post-title> link, a date shown month-first as "11/24/26" (the <time>'s datetime
says 10:00 in New York; a reader sees a day), the author's name (wp-block-post-author-name) and
an excerpt with a "Keep reading" link.
"""

from datetime import UTC, date, datetime

url = "https://riverbendcoop.example.org/category/news/"
timezone = "America/New_York"
now = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://riverbendcoop.example.org/2026/11/30/winter-csa-shares/",
        "title": "Winter CSA shares are open",
        "published": date(2026, 11, 30),
        "author": "Dana Whitfield",
    },
    {
        "link": "https://riverbendcoop.example.org/2026/11/24/thanksgiving-hours/",
        "title": "Thanksgiving week hours",
        "published": date(2026, 11, 24),
        "author": "Dana Whitfield",
    },
    {
        "link": "https://riverbendcoop.example.org/2026/11/17/member-meeting-recap/",
        "title": "Member meeting recap: the new cooler",
        "published": date(2026, 11, 17),
        "author": "Luis Romero",
    },
    {
        "link": "https://riverbendcoop.example.org/2026/11/03/volunteer-shifts/",
        "title": "Volunteer shifts for December",
        "published": date(2026, 11, 3),
        "author": "Luis Romero",
    },
    {
        "link": "https://riverbendcoop.example.org/2026/10/27/apple-cider-pressing/",
        "title": "Apple cider pressing, in pictures",
        "published": date(2026, 10, 27),
        "author": "Priya Natarajan",
    },
    {
        "link": "https://riverbendcoop.example.org/2026/10/12/bulk-bins-are-back/",
        "title": "The bulk bins are back",
        "published": date(2026, 10, 12),
        "author": "Dana Whitfield",
    },
]
