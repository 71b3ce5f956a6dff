"""Written page rendered by hand from Jekyll's Minima theme (jekyll/minima @
b3385fe64e9d79e75260668cad1852a3913b1829: _layouts/home.html, _layouts/base.html and the
_includes it names; MIT) as a paginated blog home with `show_excerpts`: a <ul class=post-list>
of <li>s, each a <span class=post-meta> with the default date format "%b %-d, %Y" ("Dec 3,
2026") before an <h3><a class=post-link> title and the excerpt's <p>. No byline on the cards
(the site owner's name is in the footer's h-card), so every author is None. The pager is
Minima's "• 1 2" list.
"""

from datetime import UTC, date, datetime

url = "https://tidepool-notes.example.org/"
timezone = "Europe/London"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://tidepool-notes.example.org/2026/12/03/rock-pools-in-december.html",
        "title": "Rock pools in December",
        "published": date(2026, 12, 3),
        "author": None,
    },
    {
        "link": "https://tidepool-notes.example.org/2026/11/25/counting-limpets.html",
        "title": "Counting limpets, badly",
        "published": date(2026, 11, 25),
        "author": None,
    },
    {
        "link": "https://tidepool-notes.example.org/2026/11/17/a-new-hand-lens.html",
        "title": "A new hand lens, and what it showed",
        "published": date(2026, 11, 17),
        "author": None,
    },
    {
        "link": "https://tidepool-notes.example.org/2026/11/09/storm-debris.html",
        "title": "What the storm left on the strandline",
        "published": date(2026, 11, 9),
        "author": None,
    },
    {
        "link": "https://tidepool-notes.example.org/2026/10/31/shore-crabs-at-night.html",
        "title": "Shore crabs at night",
        "published": date(2026, 10, 31),
        "author": None,
    },
    {
        "link": "https://tidepool-notes.example.org/2026/10/22/kelp-holdfasts.html",
        "title": "Inside a kelp holdfast",
        "published": date(2026, 10, 22),
        "author": None,
    },
    {
        "link": "https://tidepool-notes.example.org/2026/10/14/tide-tables-explained.html",
        "title": "Reading tide tables without tears",
        "published": date(2026, 10, 14),
        "author": None,
    },
    {
        "link": "https://tidepool-notes.example.org/2026/10/05/photographing-underwater.html",
        "title": "Photographing pools from above the water",
        "published": date(2026, 10, 5),
        "author": None,
    },
    {
        "link": "https://tidepool-notes.example.org/2026/09/27/sea-slugs.html",
        "title": "Sea slugs are not as rare as you think",
        "published": date(2026, 9, 27),
        "author": None,
    },
    {
        "link": "https://tidepool-notes.example.org/2026/09/18/first-survey.html",
        "title": "Our first shore survey of the autumn",
        "published": date(2026, 9, 18),
        "author": None,
    },
]
