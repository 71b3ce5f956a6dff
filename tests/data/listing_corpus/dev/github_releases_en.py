"""Real page: the releases page of the nuxt/nuxt.js repository on GitHub (9 November 2019),
saved by html2rss/html2rss in a VCR cassette for its tests (the response body). English. Ten
releases (<div class=release-entry>): beside a column with the tag and commit links, a header
with the title link (<div class="f1 …"><a href=/nuxt/nuxt.js/releases/tag/v2.10.2>v2.10.2</a>), a
"Latest release" label on the first, then "[avatar] pi0 released this <relative-time
datetime="2019-10-21T21:18:53Z">Oct 21, 2019</relative-time>", the release notes (headings,
lists of pull requests, "Thanks to" lists of contributors' links) and the assets (source code
archives). Entries: the ten releases, titled by their header link, dated by the
<relative-time>'s datetime (the page shows the day; the element carries the time), their author
the user who "released this". Not entries: the tag and commit links, the notes' links, assets,
the repository's navigation, pager ("Next") and footer.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://github.com/nuxt/nuxt.js/releases"
timezone = "UTC"
now = datetime(2019, 11, 9, 20, 10, tzinfo=UTC)

entries = [
    {
        "link": "https://github.com/nuxt/nuxt.js/releases/tag/v2.10.2",
        "title": "v2.10.2",
        "published": datetime(2019, 10, 21, 21, 18, tzinfo=UTC),
        "author": "pi0",
    },
    {
        "link": "https://github.com/nuxt/nuxt.js/releases/tag/v2.10.1",
        "title": "v2.10.1",
        "published": datetime(2019, 10, 11, 8, 15, tzinfo=UTC),
        "author": "pi0",
    },
    {
        "link": "https://github.com/nuxt/nuxt.js/releases/tag/v2.10.0",
        "title": "v2.10.0",
        "published": datetime(2019, 10, 2, 11, 45, tzinfo=UTC),
        "author": "pi0",
    },
    {
        "link": "https://github.com/nuxt/nuxt.js/releases/tag/v2.9.2",
        "title": "v2.9.2",
        "published": datetime(2019, 8, 28, 11, 35, tzinfo=UTC),
        "author": "Atinux",
    },
    {
        "link": "https://github.com/nuxt/nuxt.js/releases/tag/v2.9.1",
        "title": "v2.9.1",
        "published": datetime(2019, 8, 20, 11, 14, tzinfo=UTC),
        "author": "pi0",
    },
    {
        "link": "https://github.com/nuxt/nuxt.js/releases/tag/v2.9.0",
        "title": "v2.9.0",
        "published": datetime(2019, 8, 20, 8, 26, tzinfo=UTC),
        "author": "pi0",
    },
    {
        "link": "https://github.com/nuxt/nuxt.js/releases/tag/v2.8.1",
        "title": "v2.8.1",
        "published": datetime(2019, 6, 4, 20, 29, tzinfo=UTC),
        "author": "pi0",
    },
    {
        "link": "https://github.com/nuxt/nuxt.js/releases/tag/v2.8.0",
        "title": "v2.8.0",
        "published": datetime(2019, 5, 30, 17, 10, tzinfo=UTC),
        "author": "pi0",
    },
    {
        "link": "https://github.com/nuxt/nuxt.js/releases/tag/v2.7.1",
        "title": "v2.7.1",
        "published": datetime(2019, 5, 14, 19, 0, tzinfo=UTC),
        "author": "pi0",
    },
    {
        "link": "https://github.com/nuxt/nuxt.js/releases/tag/v2.7.0",
        "title": "v2.7.0",
        "published": datetime(2019, 5, 14, 12, 38, tzinfo=UTC),
        "author": "pi0",
    },
]
