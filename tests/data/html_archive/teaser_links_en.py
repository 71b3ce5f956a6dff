"""Expected parse of teaser_links_en.html: a US local news category page (lang="en-US", dates
month first: "11/24/26"). Each post's headline is a link in a plain <p>; a second link to
the same article wraps the date, the teaser and "Continue reading ›". A small "featured"
section of two richer cards of another markup sits above the list: the list is chosen, the
showcase is not part of it. Bylines and "N min read", "N views" sit in
the post's footer. Written for issue 12's failure kinds.
"""

from datetime import UTC, datetime

url = "https://www.riverside-ledger-example.com/category/transit/"
timezone = "America/New_York"
now = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)
next_page = "https://www.riverside-ledger-example.com/category/transit/page/2/"
alternate_feed = None

_SITE = "https://www.riverside-ledger-example.com"
_NOISE = ["Continue reading", "min read", "views", "11/2", "By "]

entries = [
    {
        "title": "New bike lanes on Fifth Street open Monday",
        "link": f"{_SITE}/2026/11/25/new-bike-lanes-on-fifth-street-open-monday/",
        "published": datetime(2026, 11, 25, 17, 0, tzinfo=UTC),
        "author": "Priya Natarajan",
        "summary_contains": ["The protected lanes run from the river to the university"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Why the streetcar is always late, explained in five charts",
        "link": f"{_SITE}/2026/11/24/why-the-streetcar-is-always-late/",
        "published": datetime(2026, 11, 24, 17, 0, tzinfo=UTC),
        "author": "Tom Alvarez",
        "summary_contains": ["Signal priority was promised in 2019"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Airport shuttle returns after a two-year pause",
        "link": f"{_SITE}/2026/11/20/airport-shuttle-returns-after-two-year-pause/",
        "published": datetime(2026, 11, 20, 17, 0, tzinfo=UTC),
        "author": None,
        "summary_contains": ["The route will run every twenty minutes from the central station"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Regional rail fares to rise in January, board says",
        "link": f"{_SITE}/2026/11/18/regional-rail-fares-to-rise-in-january/",
        "published": datetime(2026, 11, 18, 17, 0, tzinfo=UTC),
        "author": "Dana Whitfield",
        "summary_contains": ["Monthly passes will cost eight dollars more"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Ferry terminal redesign unveiled at public meeting",
        "link": f"{_SITE}/2026/11/16/ferry-terminal-redesign-unveiled/",
        "published": datetime(2026, 11, 16, 17, 0, tzinfo=UTC),
        "author": "Marcus Lee",
        "summary_contains": ["Architects showed a glass hall with room for food stalls"],
        "summary_excludes": _NOISE,
    },
]
