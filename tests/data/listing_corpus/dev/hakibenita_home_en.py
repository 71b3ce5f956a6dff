"""Real page: a developer's blog home (hakibenita.com, Pelican, 2022), saved by jakub-m/bulletin
for its tests. en. Ten <article class=article>: a header with "<time class=published
datetime="2021-12-31">31 December 2021</time>" and tag links in a <ul class=article__info>,
then the <h2> title link, then a one-paragraph teaser. Date-only. Entries: the ten posts. Not
entries: the logo, "About", "Subscribe", the tag links and the pager (1…6, »). No bylines
(authors None).
"""

from datetime import UTC, date, datetime

url = "https://hakibenita.com/"
timezone = "Asia/Jerusalem"
now = datetime(2022, 1, 15, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://hakibenita.com/2021-year-in-review",
        "title": "2021 Year in Review",
        "published": date(2021, 12, 31),
        "author": None,
    },
    {
        "link": "https://hakibenita.com/postgresql-unknown-features",
        "title": "Lesser Known PostgreSQL Features",
        "published": date(2021, 11, 8),
        "author": None,
    },
    {
        "link": "https://hakibenita.com/django-nested-transaction",
        "title": "One Database Transaction Too Many",
        "published": date(2021, 6, 7),
        "author": None,
    },
    {
        "link": "https://hakibenita.com/sql-for-data-analysis",
        "title": "Practical SQL for Data Analysis",
        "published": date(2021, 4, 26),
        "author": None,
    },
    {
        "link": "https://hakibenita.com/django-32-exciting-features",
        "title": "Exciting New Features in Django 3.2",
        "published": date(2021, 3, 3),
        "author": None,
    },
    {
        "link": "https://hakibenita.com/postgresql-unused-index-size",
        "title": "The Unexpected Find That Freed 20GB of Unused Index Space",
        "published": date(2021, 2, 1),
        "author": None,
    },
    {
        "link": "https://hakibenita.com/postgresql-hash-index",
        "title": "Re-Introducing Hash Indexes in PostgreSQL",
        "published": date(2021, 1, 11),
        "author": None,
    },
    {
        "link": "https://hakibenita.com/2020-year-in-review",
        "title": "2020 Year in Review",
        "published": date(2021, 1, 4),
        "author": None,
    },
    {
        "link": "https://hakibenita.com/python-mypy-exhaustive-checking",
        "title": "Exhaustiveness Checking with Mypy",
        "published": date(2020, 12, 8),
        "author": None,
    },
    {
        "link": "https://hakibenita.com/sql-medium-text-performance",
        "title": "The Surprising Impact of Medium-Size Texts on PostgreSQL Performance",
        "published": date(2020, 10, 20),
        "author": None,
    },
]
