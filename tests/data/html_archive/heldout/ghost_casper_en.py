"""Expected parse of ghost_casper_en.html: a Ghost 5 publication's tag page ("Batteries") with
a Casper-style theme. Each post is an <article class="post-card">: an image link
(a.post-card-image-link, the img alt is the title or an image description; one post has no
image), then a.post-card-content-link wrapping the header (primary tag, a "Featured" label
on the first, <h2 class="post-card-title">) and <section class="post-card-excerpt"><p>, then
the meta footer: author avatars (with tooltip names) and author links, <time
datetime="2026-01-20">20 Jan 2026</time> (a date only, in the publication's time zone) and
"6 min read". A newsletter call-to-action sits between posts 4 and 5.

Dates are dates only, noon in Los Angeles: PST (UTC-8), PDT (UTC-7) before 2 November 2025.

Not entries: the nav, "Most read this month" (its second item is the first post), related
topics, the footer and the sign-up CTA. Pager: <link rel="next"> in the head and "Older
Posts →" in nav.pagination. The head has only the site-wide feed (/rss/), and the JSON-LD is
a "Series" with no items.
"""

from datetime import UTC, datetime

url = "https://www.gridreport-example.com/tag/batteries/"
timezone = "America/Los_Angeles"
now = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
next_page = "https://www.gridreport-example.com/tag/batteries/page/2/"
alternate_feed = None

_SITE = "https://www.gridreport-example.com"
_NOISE = [
    "min read",
    "Featured",
    "Maya Castellanos",
    "Daniel Whitfield",
    "The Grid Report",
    " Jan 2026",
    " Dec 2025",
    " Nov 2025",
    " Oct 2025",
    "•",
]

entries = [
    {
        "title": "California’s battery fleet just passed 15 gigawatts. What now?",
        "link": f"{_SITE}/california-battery-fleet-15-gigawatts/",
        "published": datetime(2026, 1, 20, 20, 0, tzinfo=UTC),  # 2026-01-20, PST
        "summary_contains": ["Storage has become the state’s largest source of evening peak capacity."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Sodium-ion cells are finally shipping at scale",
        "link": f"{_SITE}/sodium-ion-cells-shipping-at-scale/",
        "published": datetime(2026, 1, 15, 20, 0, tzinfo=UTC),
        "summary_contains": ["quote prices below lithium iron phosphate for stationary storage"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "The interconnection queue is the real bottleneck",
        "link": f"{_SITE}/interconnection-queue-real-bottleneck/",
        "published": datetime(2026, 1, 9, 20, 0, tzinfo=UTC),  # no image, two authors
        "summary_contains": ["More than 1,000 gigawatts of storage is waiting"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Our 2025 storage predictions, graded",
        "link": f"{_SITE}/2025-storage-predictions-graded/",
        "published": datetime(2025, 12, 30, 20, 0, tzinfo=UTC),
        "summary_contains": ["Six came true, three were wrong"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "What a 100-hour iron-air battery is (and is not) good for",
        "link": f"{_SITE}/iron-air-battery-100-hours/",
        "published": datetime(2025, 12, 16, 20, 0, tzinfo=UTC),
        "summary_contains": ["Rust, water and air: the chemistry is cheap"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Podcast: Inside a grid operator’s control room",
        "link": f"{_SITE}/podcast-inside-a-grid-control-room/",
        "published": datetime(2025, 12, 2, 20, 0, tzinfo=UTC),
        "summary_contains": ["the forty minutes when the batteries carried the system"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Second-life EV batteries: a reality check",
        "link": f"{_SITE}/second-life-ev-batteries-reality-check/",
        "published": datetime(2025, 11, 18, 20, 0, tzinfo=UTC),
        "summary_contains": ["Reusing car batteries on the grid sounds like an easy win."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Texas added more batteries than gas plants this year",
        "link": f"{_SITE}/texas-added-more-batteries-than-gas-plants/",
        "published": datetime(2025, 11, 4, 20, 0, tzinfo=UTC),  # PST since 2 November
        "summary_contains": ["storage is the fastest thing to build"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "How batteries bid into wholesale markets",
        "link": f"{_SITE}/how-batteries-bid-into-wholesale-markets/",
        "published": datetime(2025, 10, 21, 19, 0, tzinfo=UTC),  # 2025-10-21, PDT
        "summary_contains": ["State of charge is a constraint that no other generator has."],
        "summary_excludes": _NOISE,
    },
]
