"""Written page imitating a Wix blog's post list: each card's only link is an empty overlay <a>
covering the card; the headline is an unlinked <h2><p>, with the author's name, "Nov 28, 2026",
"5 min read", a description, "120 views", "N comments" and a like button.
"""

from datetime import UTC, date, datetime

url = "https://www.lakeshorepottery-example.com/blog"
timezone = "America/Chicago"
now = datetime(2026, 11, 29, 16, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.lakeshorepottery-example.com/post/glaze-firing-schedule",
        "title": "Our glaze firing schedule, explained",
        "published": date(2026, 11, 28),
        "author": "Erin Walsh",
    },
    {
        "link": "https://www.lakeshorepottery-example.com/post/holiday-market-booths",
        "title": "Holiday market booths: where to find us",
        "published": date(2026, 11, 20),
        "author": "Erin Walsh",
    },
    {
        "link": "https://www.lakeshorepottery-example.com/post/reclaiming-clay",
        "title": "Reclaiming clay without a pug mill",
        "published": date(2026, 11, 9),
        "author": "Tom Becker",
    },
    {
        "link": "https://www.lakeshorepottery-example.com/post/beginner-wheel-class",
        "title": "What to expect at a beginner wheel class",
        "published": date(2026, 10, 30),
        "author": "Tom Becker",
    },
]
