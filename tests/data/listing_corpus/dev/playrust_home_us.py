"""Real page: the home page of Rust's site (playrust.com, Facepunch's game, March 2016), saved by
TeamHG-Memex/autopager for its pagination data. A WordPress blog index (a Bootstrap theme after
Twenty Eleven): ten <article>s, each an <h1 class=entry-title> link ("Devblog 101", "Community
Update 78"), "Posted on" with the day in a <time> ("10 March 2016") inside a link whose tooltip
holds the time of day ("11:23 am", the `datetime` saying +00:00: the site's clock is UTC), "by"
and the author's profile link, a picture and a teaser, "Continue reading →". Dates: the day and
the tooltip's time. Not entries: the menu, the sidebar's monthly archives and meta links, the
pager. The address is autopager's record; `now` is the save (11 March 2016).
"""

from datetime import UTC, datetime

url = "http://playrust.com/"
timezone = "UTC"
now = datetime(2016, 3, 11, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://playrust.com/devblog-101/",
        "title": "Devblog 101",
        "published": datetime(2016, 3, 10, 11, 23, tzinfo=UTC),
        "author": "Garry Newman",
    },
    {
        "link": "http://playrust.com/devblog-99-1/",
        "title": "Devblog 99.1",
        "published": datetime(2016, 3, 3, 20, 0, tzinfo=UTC),
        "author": "Craig Pearson",
    },
    {
        "link": "http://playrust.com/community-update-78/",
        "title": "Community Update 78",
        "published": datetime(2016, 3, 1, 15, 3, tzinfo=UTC),
        "author": "Craig Pearson",
    },
    {
        "link": "http://playrust.com/devblog-99/",
        "title": "Devblog 99",
        "published": datetime(2016, 2, 25, 14, 3, tzinfo=UTC),
        "author": "Craig Pearson",
    },
    {
        "link": "http://playrust.com/community-update-77/",
        "title": "Community Update 77",
        "published": datetime(2016, 2, 23, 16, 6, tzinfo=UTC),
        "author": "Craig Pearson",
    },
    {
        "link": "http://playrust.com/devblog-98/",
        "title": "Devblog 98",
        "published": datetime(2016, 2, 18, 20, 3, tzinfo=UTC),
        "author": "Craig Pearson",
    },
    {
        "link": "http://playrust.com/community-update-76/",
        "title": "Community Update 76",
        "published": datetime(2016, 2, 16, 16, 49, tzinfo=UTC),
        "author": "Craig Pearson",
    },
    {
        "link": "http://playrust.com/devblog-97/",
        "title": "Devblog 97",
        "published": datetime(2016, 2, 11, 22, 20, tzinfo=UTC),
        "author": "Craig Pearson",
    },
    {
        "link": "http://playrust.com/community-update-75/",
        "title": "Community Update 75",
        "published": datetime(2016, 2, 9, 15, 55, tzinfo=UTC),
        "author": "Craig Pearson",
    },
    {
        "link": "http://playrust.com/devblog-96/",
        "title": "Devblog 96",
        "published": datetime(2016, 2, 4, 19, 32, tzinfo=UTC),
        "author": "Craig Pearson",
    },
]
