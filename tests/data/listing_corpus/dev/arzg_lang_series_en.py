"""Real page: arzg.github.io/lang/, a Hugo section page listing a tutorial series ("Make A
Language"), saved by damoeb/rss-proxy for its tests. An intro paragraph with two links, then one
<p><a>Part N: Title</a></p> per part, newest first. No dates, no bylines.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://arzg.github.io/lang/"
timezone = "UTC"
now = datetime(2021, 3, 1, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://arzg.github.io/lang/18/",
        "title": "Part Eighteen: Errors",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/17/",
        "title": "Part Seventeen: Crates",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/16/",
        "title": "Part Sixteen: Refactoring",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/15/",
        "title": "Part Fifteen: Markers",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/14/",
        "title": "Part Fourteen: Comments",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/13/",
        "title": "Part Thirteen: Whitespace & Events",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/12/",
        "title": "Part Twelve: Terminology",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/11/",
        "title": "Part Eleven: Refinements",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/10/",
        "title": "Part Ten: Starting Again",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/9/",
        "title": "Part Nine: Function Calls",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/8/",
        "title": "Part Eight: Function Definitions",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/7/",
        "title": "Part Seven: A REPL",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/6/",
        "title": "Part Six: Blocks",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/5/",
        "title": "Part Five: Binding Usages",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/4/",
        "title": "Part Four: Backtracking",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/3/",
        "title": "Part Three: Defining Variables",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/2/",
        "title": "Part Two: Whitespace Support",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/1/",
        "title": "Part One: A Basic Parser",
        "published": None,
        "author": None,
    },
    {
        "link": "https://arzg.github.io/lang/0/",
        "title": "Part Zero: Getting set up",
        "published": None,
        "author": None,
    },
]
