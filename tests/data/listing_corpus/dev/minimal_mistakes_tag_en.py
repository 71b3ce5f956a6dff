"""Written page rendered by hand from Jekyll's Minimal Mistakes theme (mmistakes/minimal-mistakes:
_layouts/tag.html @ 4f5b049a155c3b1b8596d4404f291f73090d697d, _includes/archive-single.html @
76e4da8e316bf541d780f10543bd0c71b6ecb2f3, _includes/page__meta.html @
f4b14b67a7569badb4396d32ea30b34d9188dd3f; MIT) as a British tag page (lang=en-GB,
`date_format: "%-d %B %Y"`) in the archive layout with the author sidebar: each <div
class=list__item> holds an <article class=archive__item> with an <h2 itemprop=headline> link,
the page__meta line ("<time datetime='…T00:00:00+00:00'>3 December 2026</time>", "5 minute
read") and the excerpt. Two posts are link posts (`post.link`): the headline goes to the other
site and a "Permalink" icon link beside it to the post; the post is the entry, the other site's
address in `also`. The sidebar's h-card names the site's author; the cards print no byline,
so every author is None.
"""

from datetime import UTC, date, datetime

url = "https://fieldnotes.example.co.uk/tags/moths/"
timezone = "Europe/London"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://fieldnotes.example.co.uk/2026/12/03/moth-trap-december/",
        "title": "Running a moth trap in December",
        "published": date(2026, 12, 3),
        "author": None,
    },
    {
        "link": "https://fieldnotes.example.co.uk/2026/11/29/national-moth-recording/",
        "title": "The national moth recording scheme's new portal",
        "published": date(2026, 11, 29),
        "author": None,
        "also": ["https://records.example.org/news/new-portal"],
    },
    {
        "link": "https://fieldnotes.example.co.uk/2026/11/24/identifying-november-moth/",
        "title": "November moth or pale November moth?",
        "published": date(2026, 11, 24),
        "author": None,
    },
    {
        "link": "https://fieldnotes.example.co.uk/2026/11/17/light-pollution-study/",
        "title": "Street lights and moth decline",
        "published": date(2026, 11, 17),
        "author": None,
        "also": ["https://journal.example.org/articles/street-lights-moths"],
    },
    {
        "link": "https://fieldnotes.example.co.uk/2026/11/10/garden-ivy/",
        "title": "Leave the ivy: a garden's last nectar",
        "published": date(2026, 11, 10),
        "author": None,
    },
    {
        "link": "https://fieldnotes.example.co.uk/2026/11/02/larvae-overwintering/",
        "title": "Where caterpillars spend the winter",
        "published": date(2026, 11, 2),
        "author": None,
    },
    {
        "link": "https://fieldnotes.example.co.uk/2026/10/26/merveille-du-jour/",
        "title": "A merveille du jour at last",
        "published": date(2026, 10, 26),
        "author": None,
    },
    {
        "link": "https://fieldnotes.example.co.uk/2026/10/18/trap-building/",
        "title": "Building a cheap Skinner trap",
        "published": date(2026, 10, 18),
        "author": None,
    },
]
