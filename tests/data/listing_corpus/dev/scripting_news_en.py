"""Real page: Scripting News, Dave Winer's weblog (scripting.com, 20 October 2025), saved by
Ranchero-Software/NetNewsWire for its tests. English (no lang attribute). Days under a heading
each (<div class=divDayTitle>: "Monday, October 20, 2025", linking to the day's page); under it,
untitled posts (<div class=divSingularItem>: a paragraph ending with a "#" permalink
day.html#aHHMMSS) and titled posts (<div class=divTitledItem>: the title link to
/YYYY/MM/DD/HHMMSS.html and "#", then a list of paragraphs). Entries: every titled post, dated
by its day heading (no time shown), and, for each day with untitled posts, the day's page: those
posts' permalinks differ only by their fragment, which the scoring drops, so they count as one
entry per day, its title unscored (each post is a paragraph with no title). No byline is shown.
Not entries: the links inside posts, the page-top menus, the sidebar and footer.
"""

from datetime import UTC, date, datetime

url = "http://scripting.com/"
timezone = "America/New_York"
now = datetime(2025, 10, 20, 20, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://scripting.com/2025/10/20.html",
        "published": date(2025, 10, 20),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/19.html",
        "published": date(2025, 10, 19),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/19/132911.html",
        "title": "What I did on my trip to Canada, part 1",
        "published": date(2025, 10, 19),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/18.html",
        "published": date(2025, 10, 18),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/17.html",
        "published": date(2025, 10, 17),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/16/123053.html",
        "title": "Good morning from Ottawa",
        "published": date(2025, 10, 16),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/15/120730.html",
        "title": "The accomplishments of WordPress",
        "published": date(2025, 10, 15),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/14/154258.html",
        "title": "Times I've been ambushed at conferences",
        "published": date(2025, 10, 14),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/13/153514.html",
        "title": "The web crashes",
        "published": date(2025, 10, 13),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/12.html",
        "published": date(2025, 10, 12),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/12/182108.html",
        "title": "It's funny because it's true",
        "published": date(2025, 10, 12),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/11.html",
        "published": date(2025, 10, 11),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/10.html",
        "published": date(2025, 10, 10),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/10/141601.html",
        "title": "The social network of the web",
        "published": date(2025, 10, 10),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/09/133902.html",
        "title": "Cute paste for WordLand",
        "published": date(2025, 10, 9),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/08.html",
        "published": date(2025, 10, 8),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/07.html",
        "published": date(2025, 10, 7),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/07/160950.html",
        "title": "The antidote to Bigco dominance",
        "published": date(2025, 10, 7),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/06.html",
        "published": date(2025, 10, 6),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/05.html",
        "published": date(2025, 10, 5),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/05/180457.html",
        "title": "Before we were so rudely interrupted",
        "published": date(2025, 10, 5),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/05/151542.html",
        "title": "Nightly email subs work again",
        "published": date(2025, 10, 5),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/04.html",
        "published": date(2025, 10, 4),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/03.html",
        "published": date(2025, 10, 3),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/03/145920.html",
        "title": "Should tech run the world?",
        "published": date(2025, 10, 3),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/03/135728.html",
        "title": "Let the web be the web",
        "published": date(2025, 10, 3),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/02.html",
        "published": date(2025, 10, 2),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/02/144502.html",
        "title": "I have a very large head.",
        "published": date(2025, 10, 2),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/02/143655.html",
        "title": "Don't focus on the Democratic Party",
        "published": date(2025, 10, 2),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/01.html",
        "published": date(2025, 10, 1),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/01/211101.html",
        "title": "Frum's dilemma",
        "published": date(2025, 10, 1),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/10/01/151233.html",
        "title": "We like Twitter. So blogging must be dead.",
        "published": date(2025, 10, 1),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/09/30.html",
        "published": date(2025, 9, 30),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/09/29.html",
        "published": date(2025, 9, 29),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/09/28.html",
        "published": date(2025, 9, 28),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/09/27.html",
        "published": date(2025, 9, 27),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/09/26.html",
        "published": date(2025, 9, 26),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/09/26/211219.html",
        "title": "Really Simple potato chips",
        "published": date(2025, 9, 26),
        "author": None,
    },
    {
        "link": "http://scripting.com/2025/09/25.html",
        "published": date(2025, 9, 25),
        "author": None,
    },
]
