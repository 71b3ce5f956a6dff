"""Real page: the home page of inessential.com as of October 2025 (a later, static design),
saved by Ranchero-Software/NetNewsWire for its RSCore tests. Full posts in <article class=post>:
first a dateline link "04 Oct 2025", then an <h2> link to the same post, then the body. No
bylines.
"""

from datetime import UTC, date, datetime

url = "https://inessential.com/"
timezone = "America/Los_Angeles"
now = datetime(2025, 10, 6, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://inessential.com/2025/10/04/why-netnewswire-is-not-web-app.html",
        "title": "Why NetNewsWire Is Not a Web App",
        "published": date(2025, 10, 4),
        "author": None,
    },
    {
        "link": "https://inessential.com/2025/08/28/easy-app-writing.html",
        "title": "Writing Mac and iOS Apps Shouldn’t Be So Difficult",
        "published": date(2025, 8, 28),
        "author": None,
    },
    {
        "link": "https://inessential.com/2025/08/25/tough-season.html",
        "title": "Tough Season in the Apple Fields",
        "published": date(2025, 8, 25),
        "author": None,
    },
    {
        "link": "https://inessential.com/2025/08/18/free-breakpoints-show.html",
        "title": "Breakpoints Show Thursday in Seattle",
        "published": date(2025, 8, 18),
        "author": None,
    },
    {
        "link": "https://inessential.com/2025/06/13/saturday-march.html",
        "title": "Saturday March",
        "published": date(2025, 6, 13),
        "author": None,
    },
    {
        "link": "https://inessential.com/2025/06/06/retirement-day.html",
        "title": "Retirement Day",
        "published": date(2025, 6, 6),
        "author": None,
    },
    {
        "link": "https://inessential.com/2025/05/24/retirement_and_netnewswire.html",
        "title": "Retirement and NetNewsWire",
        "published": date(2025, 5, 24),
        "author": None,
    },
    {
        "link": "https://inessential.com/2025/05/23/love_letter.html",
        "title": "My Wildly Incorrect Bias About Corporate Engineers",
        "published": date(2025, 5, 23),
        "author": None,
    },
]
