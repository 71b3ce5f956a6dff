"""Expected parse of hentry.html: a Hugo blog's tag page marked up with microformats2: an
h-feed of h-entry articles with p-name, u-url, dt-published, p-summary and a "Read more →"
link. The second entry's p-name heading has no link (its u-url is the permalink around the
date); the third's dt-published has no datetime attribute ("December 30, 2025"). The sidebar
has the author's h-card (not an h-entry), "Recent posts" and tags. The page is lang="en-us".
"""

from datetime import UTC, datetime

url = "https://janedoe.example/tags/kremlin/"
timezone = "America/Toronto"
now = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
next_page = "https://janedoe.example/tags/kremlin/page/2/"
alternate_feed = "https://janedoe.example/tags/kremlin/index.xml"
method = "h-entry"

_SITE = "https://janedoe.example"
_NOISE = ["Read more", "min read", "Jane Doe", ", 2026", ", 2025"]

entries = [
    {
        "title": "Reading the Kremlin’s readouts: what Peskov did not say",
        "link": f"{_SITE}/posts/2026/01/reading-the-kremlin-readouts/",
        "published": datetime(2026, 1, 19, 13, 30, tzinfo=UTC),  # 2026-01-19T08:30:00-05:00
        "summary_contains": ["Every call between Moscow and Washington produces two readouts."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Why Moscow keeps talking about “new territorial realities”",
        "link": f"{_SITE}/posts/2026/01/new-territorial-realities/",
        "published": datetime(2026, 1, 13, 2, 5, tzinfo=UTC),  # 2026-01-12T21:05:00-05:00
        "summary_contains": ["The phrase has become a fixture of Kremlin statements on Ukraine."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "A year of Kremlin briefings, in numbers",
        "link": f"{_SITE}/posts/2025/12/a-year-of-kremlin-briefings/",
        # "December 30, 2025", no datetime attribute, no time: noon in Toronto (EST)
        "published": datetime(2025, 12, 30, 17, 0, tzinfo=UTC),
        "summary_contains": ["I counted every daily press call Dmitry Peskov gave this year"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Where is Lavrov? Reading absence in Russian politics",
        "link": f"{_SITE}/posts/2025/11/where-is-lavrov/",
        "published": datetime(2025, 11, 14, 15, 0, tzinfo=UTC),  # 2025-11-14T10:00:00-05:00
        "summary_contains": ["Moscow watchers start counting days"],
        "summary_excludes": _NOISE,
    },
]
