"""Written page imitating a Squarespace 7.1 blog (basic grid), en-US: per post an image link, the
author's name, a date shown month-first "11/24/26" (a day), an <h1 class=blog-title> link, an
excerpt and "Read More". Links are root-relative.
"""

from datetime import UTC, date, datetime

url = "https://www.highdesertbakery-example.com/blog"
timezone = "America/Denver"
now = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.highdesertbakery-example.com/blog/holiday-order-deadlines",
        "title": "Holiday order deadlines",
        "published": date(2026, 11, 30),
        "author": "Ana Reyes",
    },
    {
        "link": "https://www.highdesertbakery-example.com/blog/green-chile-focaccia",
        "title": "Green chile focaccia is back",
        "published": date(2026, 11, 24),
        "author": "Ana Reyes",
    },
    {
        "link": "https://www.highdesertbakery-example.com/blog/meet-our-new-miller",
        "title": "Meet our new miller",
        "published": date(2026, 11, 9),
        "author": "Ben Holt",
    },
    {
        "link": "https://www.highdesertbakery-example.com/blog/sourdough-class-recap",
        "title": "Sourdough class recap",
        "published": date(2026, 10, 28),
        "author": "Ana Reyes",
    },
]
