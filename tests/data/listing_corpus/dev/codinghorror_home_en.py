"""Real page: the home page of Coding Horror (blog.codinghorror.com, a Ghost blog, saved in
January 2020), kept by wilsonzlin/minify-html as one of its benchmark inputs. A blog
platform's front that prints whole posts: five <article class=post>, each a <header> of
"<span class=post-meta><time datetime=2019-09-12>12 Sep 2019</time></span>" over an <h2
class=post-title> link, then the whole post in <section class=post-content> (many links to
other sites, images, embedded tweets dated "April 12, 2019" and "September 21, 2018" that are
not the posts' days) and a "Discussion" link to the forum. No byline is printed on the cards
(authors None). Not entries: the links inside the posts, the "Discussion" links, the pager
("Page 1 of 286", "Older Posts"), the footer. The address is the blog's home (the page names
no canonical address; its links are relative to the blog's root); `now` is the save
(the benchmark file was committed on 8 January 2020). Days only (`date`).
"""

from datetime import UTC, date, datetime

url = "https://blog.codinghorror.com/"
timezone = "America/Los_Angeles"
now = datetime(2020, 1, 8, 0, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://blog.codinghorror.com/the-rise-of-the-electric-scooter/",
        "title": "The Rise of the Electric Scooter",
        "published": date(2019, 9, 12),
        "author": None,
    },
    {
        "link": "https://blog.codinghorror.com/electric-geek-transportation-systems/",
        "title": "Electric Geek Transportation Systems",
        "published": date(2019, 8, 20),
        "author": None,
    },
    {
        "link": "https://blog.codinghorror.com/an-exercise-program-for-the-fat-web/",
        "title": "An Exercise Program for the Fat Web",
        "published": date(2019, 5, 30),
        "author": None,
    },
    {
        "link": "https://blog.codinghorror.com/the-cloud-is-just-someone-elses-computer/",
        "title": "The Cloud Is Just Someone Else's Computer",
        "published": date(2019, 2, 17),
        "author": None,
    },
    {
        "link": "https://blog.codinghorror.com/what-does-stack-overflow-want-to-be-when-it-grows-up/",
        "title": "What does Stack Overflow want to be when it grows up?",
        "published": date(2018, 10, 22),
        "author": None,
    },
]
