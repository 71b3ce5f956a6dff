"""Real page: the blog index of spencermounta.in, a hand-made personal blog whose whole index is
one list of post links (relative "./2019/on-typing"), saved by damoeb/rss-proxy for its tests.
No dates, no bylines; the titles are the link texts. Its back link goes to //spencermounta.in
and it loads spencer-blog.css, so the page is taken to live at /blog/; its links are relative.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://spencermounta.in/blog/"
timezone = "UTC"
now = datetime(2021, 1, 10, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://spencermounta.in/blog/2019/on-typing",
        "title": "People love typing",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/building-compromise",
        "title": "building nlp-compromise",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/computer-markup",
        "title": "Can there be a good markup language?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/vscode-what-we-deserve",
        "title": "VS Code",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/my-family-tree",
        "title": "My family tree",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/pretending-to-know-my-ancestors",
        "title": "pretending to know my ancestors",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/millenial-calendar",
        "title": "Calendar design",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/computer-is-calendar",
        "title": "Computers are calendars",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/computer-is-furniture",
        "title": "Computers are furniture",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/software-is-3d",
        "title": "software is 3d",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/should-we-stop",
        "title": "should we stop?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/four-more-developers",
        "title": "4 developers I admire",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/four-developers",
        "title": "4 developers I admire",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/being-healthy",
        "title": "being healthy as a software engineer",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/software-i-love",
        "title": "Software I love",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/blogs-i-like",
        "title": "My favourite blogs",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/things-i-want-to-buy",
        "title": "things I want to buy",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2018/4-songs",
        "title": "4 songs I like",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/music-videos",
        "title": "New music videos",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/just-starting-out",
        "title": "just starting out",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/space-is-close",
        "title": "Space is close",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/understanding-the-planet",
        "title": "Standing on a planet",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/many-people",
        "title": "There are many people",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2018/how-to-cook",
        "title": "how to cook",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/air-quality",
        "title": "air quality",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/wikipedias-in-trouble",
        "title": "wikipedia in 2020",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/a-relationship-tube",
        "title": "a relationship tube",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/history-of-freebase",
        "title": "the history of freebase",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2018/how-to-be-a-blog-in-2018",
        "title": "writing a blog",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/notes-on-toronto",
        "title": "Notes on Toronto",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2019/ontario-water",
        "title": "Ontario water",
        "published": None,
        "author": None,
    },
    {
        "link": "https://spencermounta.in/blog/2020/toronto-and-montreal",
        "title": "Toronto and Montreal",
        "published": None,
        "author": None,
    },
]
