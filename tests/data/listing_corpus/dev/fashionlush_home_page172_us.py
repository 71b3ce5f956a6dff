"""Real page: page 172 of a fashion and DIY blog's home (fashionlush.com, WordPress with a
magazine theme, January 2012 posts), saved in April 2016 by TeamHG-Memex/autopager for its
pagination data. `lang="en-US"`; the canonical link names the home. Above the list, the same on
every page: a slider of the newest post (an overlay link, categories, "<time
datetime=2016-04-25T00:32:12+00:00>04.25.16</time>", the title, "Read More") and two overlay
cards beside it ("Vintage Finds"), then a row of category buttons: not entries of page 172.
The list: <section class="home-section latest-posts"> of five <article>s, each an <h2
class=entry-title> title link, "<div class=date>January 27, 2012</div>" (a date without a time,
compared as the local day), the excerpt (captioned pictures) with "— E…" and "READ MORE",
"Leave a Comment" and share buttons. No bylines: author None. Not entries: the menus, the
slider, the category buttons, the sidebar, the pager, the footer. `now` is the save
(25 April 2016, the slider's newest post being of that day).
"""

from datetime import UTC, date, datetime

url = "http://www.fashionlush.com/page/172/"
timezone = "America/Chicago"
now = datetime(2016, 4, 26, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.fashionlush.com/this-that-8/",
        "title": "This & That",
        "published": date(2012, 1, 27),
        "author": None,
    },
    {
        "link": "http://www.fashionlush.com/diy-%e2%9c%84-studded-iphone-case/",
        "title": "DIY ✄ Studded iPhone Case",
        "published": date(2012, 1, 26),
        "author": None,
    },
    {
        "link": "http://www.fashionlush.com/jean-paul-gaultier-from-the-sidewalk-to-the-catwalk/",
        "title": "Jean Paul Gaultier: From the Sidewalk to the Catwalk",
        "published": date(2012, 1, 23),
        "author": None,
    },
    {
        "link": "http://www.fashionlush.com/flxx-spotlight-romans-122-by-kaitlyn-tru/",
        "title": "Fashionlush Spotlight: Romans 12:2 by Kaitlyn Tru",
        "published": date(2012, 1, 17),
        "author": None,
    },
    {
        "link": "http://www.fashionlush.com/this-that-11/",
        "title": "This & That",
        "published": date(2012, 1, 6),
        "author": None,
    },
]
