r"""Real page: page 1 of 2 of a Mykonos guide's news (inmykonos.com, a Bootstrap site, 2011–2012
posts), saved in March 2016 by TeamHG-Memex/autopager for its pagination data. `lang="en"`.
Under "Mykonos News" and a pager ("1 - 5 of 8"), five <div class=post>: a <header><hgroup>
with the <h2> title link and "<h6><time itemprop=dateCreated datetime="1342797581">Friday 20th
of July, 2012</time>" (the text PHP's "l jS \of F, Y"; the `datetime` a Unix time in seconds,
not the ISO form HTML asks for, on the day the text shows), then the post's whole text in an
<article itemprop=articleBody>. Dates: the instant the `datetime` gives. No bylines. Not
entries: the menus, the breadcrumbs, the pager, the footer. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://inmykonos.com/news.html"
timezone = "Europe/Athens"
now = datetime(2016, 3, 19, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://inmykonos.com/news/inmykonos-second-year-birthday-party.html",
        "title": "inmykonos.com 2nd Year Birthday Party",
        "published": datetime(2012, 7, 20, 15, 19, 41, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inmykonos.com/news/the-worlds-largest-mykonos-website-and-7000-of-its-friends.html",
        "title": "The World's Largest Mykonos Website and 7000 of its friends",
        "published": datetime(2012, 7, 9, 12, 38, 59, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inmykonos.com/news/inmykonos-exceeds-5000-likes-on-facebook.html",
        "title": "inmykonos.com exceeds 5,000 LIKEs on Facebook",
        "published": datetime(2012, 4, 21, 15, 57, 41, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inmykonos.com/news/inmykonos-hits-3000-fans-on-facebook.html",
        "title": "inmykonos.com hits 3,000 Fans on Facebook",
        "published": datetime(2011, 10, 25, 16, 8, 44, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inmykonos.com/news/x-factor-goes-to-mykonos.html",
        "title": "X Factor goes to Mykonos",
        "published": datetime(2011, 9, 18, 16, 3, 42, tzinfo=UTC),
        "author": None,
    },
]
