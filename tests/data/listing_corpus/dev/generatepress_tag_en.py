"""Written page imitating a WordPress tag archive in the GeneratePress theme (en-GB): <article
class=hentry> cards with an <h2 class=entry-title> link, a <time> showing "28 November 2026"
(its datetime says 09:00 UTC, but a reader sees a day, so the day is expected), a byline "by
<author>", an excerpt ending in a "Continue reading" link with a screen-reader copy of the
title, categories and "N Comments". The sidebar's "Recent Posts" repeats two of the posts and
adds one that is not in this archive.
"""

from datetime import UTC, date, datetime

url = "https://gardenpathnotes.example.co.uk/tag/organic/"
timezone = "Europe/London"
now = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://gardenpathnotes.example.co.uk/no-dig-beds-first-winter/",
        "title": "No-dig beds: the first winter",
        "published": date(2026, 11, 28),
        "author": "Harriet Cole",
    },
    {
        "link": "https://gardenpathnotes.example.co.uk/saving-tomato-seed/",
        "title": "Saving tomato seed without the fuss",
        "published": date(2026, 11, 19),
        "author": "Harriet Cole",
    },
    {
        "link": "https://gardenpathnotes.example.co.uk/leaf-mould-in-bin-bags/",
        "title": "Leaf mould in bin bags, two years on",
        "published": date(2026, 11, 6),
        "author": "Owen Pryce",
    },
    {
        "link": "https://gardenpathnotes.example.co.uk/garlic-varieties-2026/",
        "title": "Garlic varieties we are planting this year",
        "published": date(2026, 10, 30),
        "author": "Owen Pryce",
    },
    {
        "link": "https://gardenpathnotes.example.co.uk/water-butts-sizing/",
        "title": "How big a water butt do you need?",
        "published": date(2026, 10, 12),
        "author": "Harriet Cole",
    },
]
