"""Real page: page 1 of the "Parenting" category of a US green-living blog (WordPress,
Genesis framework, 2016), saved by TeamHG-Memex/autopager for its pagination data. Five
<article class="post … entry"> in <main class=content>: an <h2 class=entry-title> link, then
the entry-meta line "<time datetime=2016-02-28T08:46:17+00:00>February 28, 2016</time>
<span class=entry-author>…Jennifer Lance…</span> 3 Comments", a picture link and the excerpt.
The visible date is a day (dates are the local day; the machine time's +00:00 is WordPress's
GMT setting, not what a reader sees). Bylines: the author link's name. Not entries: the
sidebar's Genesis "Featured Posts" widgets, nine more <article class=post> (three with an
<h2>/<h4> title, six pictures only) inside <div class=widget-wrap>, the pager. `now` is the
save (March 2016).
"""

from datetime import UTC, date, datetime

url = "http://ecochildsplay.com/category/parenting/"
timezone = "America/Los_Angeles"
now = datetime(2016, 3, 19, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://ecochildsplay.com/2016/02/28/sls/",
        "title": "Natural Ingredients to Avoid: Why is SLS bad?",
        "published": date(2016, 2, 28),
        "author": "Jennifer Lance",
    },
    {
        "link": "http://ecochildsplay.com/2016/02/16/hygiene-hypothesis/",
        "title": "Hygiene Hypothesis: Don’t be afraid of Dirt!",
        "published": date(2016, 2, 16),
        "author": "Jennifer Lance",
    },
    {
        "link": "http://ecochildsplay.com/2016/02/07/artificial-food-dyes/",
        "title": "Avoid artificial food dyes & big news from Mars!",
        "published": date(2016, 2, 7),
        "author": "Jennifer Lance",
    },
    {
        "link": "http://ecochildsplay.com/2016/02/05/what-is-the-best-sippy-cup/",
        "title": "What is the best sippy cup?",
        "published": date(2016, 2, 5),
        "author": "Jennifer Lance",
    },
    {
        "link": "http://ecochildsplay.com/2016/01/25/essentials-oils-for-autism/",
        "title": "Essential oils for autism treatment: Interview with Dr. Hollway",
        "published": date(2016, 1, 25),
        "author": "Jennifer Lance",
    },
]
