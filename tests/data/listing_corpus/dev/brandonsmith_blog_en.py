"""Real page: the blog index of www.brandonsmith.ninja (a static personal site), saved by
damoeb/rss-proxy for its tests. Each card is one <a class="post-preview"> holding the headline
(itemprop=headline, also the link's aria-label), a hidden author, a <time> whose datetime
attribute is the prose date ("July 29, 2020"), "N minute read" and a hidden word count; the last
three cards link to articles on css-tricks.com. Dates are days only. The author is hidden with
display:none, so the card shows no byline: author is not scored.
"""

from datetime import UTC, date, datetime

url = "https://www.brandonsmith.ninja/blog"
timezone = "UTC"
now = datetime(2020, 12, 20, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.brandonsmith.ninja/blog/write-code-not-too-much-mostly-functions",
        "title": "Write code. Not too much. Mostly functions.",
        "published": date(2020, 12, 15),
    },
    {
        "link": "https://www.brandonsmith.ninja/blog/favorite-rust-function",
        "title": "My Favorite Rust Function Signature",
        "published": date(2020, 9, 16),
    },
    {
        "link": "https://www.brandonsmith.ninja/blog/async-await",
        "title": "Beware of Async/Await",
        "published": date(2020, 7, 29),
    },
    {
        "link": "https://www.brandonsmith.ninja/blog/is-software-good",
        "title": "Does computing make the world better?",
        "published": date(2020, 6, 21),
    },
    {
        "link": "https://www.brandonsmith.ninja/blog/libraries-not-frameworks",
        "title": "Write Libraries, Not Frameworks",
        "published": date(2020, 5, 8),
    },
    {
        "link": "https://www.brandonsmith.ninja/blog/three-types-of-data",
        "title": "Three Types of Data",
        "published": date(2020, 2, 5),
    },
    {
        "link": "https://www.brandonsmith.ninja/blog/procedures-functions-data",
        "title": "Procedures, Functions, Data",
        "published": date(2019, 11, 23),
    },
    {
        "link": "https://www.brandonsmith.ninja/blog/evolution-and-software",
        "title": "Evolution and Software Development",
        "published": date(2019, 10, 9),
    },
    {
        "link": "https://www.brandonsmith.ninja/blog/beginnings",
        "title": "New Website",
        "published": date(2019, 10, 1),
    },
    {
        "link": "https://css-tricks.com/css-is-awesome/",
        "title": "CSS is Awesome",
        "published": date(2017, 7, 3),
    },
    {
        "link": "https://css-tricks.com/using-css-transitions-auto-dimensions/",
        "title": "Using CSS Transitions on Auto Dimensions",
        "published": date(2017, 3, 10),
    },
    {
        "link": "https://css-tricks.com/content-jumping-avoid/",
        "title": "Content Jumping (and How To Avoid It)",
        "published": date(2016, 6, 21),
    },
]
