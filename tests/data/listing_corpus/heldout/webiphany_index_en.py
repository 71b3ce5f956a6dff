"""Real page: the home page of webiphany.com (a SvelteKit "svekyll" blog), saved by
damoeb/feedless for its tests. One card per post: <a class="card-title"><div class="title">.
Some cards carry a description or "published on: 2021-09-02T00:00:00.000Z, reading time: 1
minutes" in elements with the CSS class "hidden": a reader sees no date, so dates are not scored.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://webiphany.com/"
timezone = "UTC"
now = datetime(2021, 11, 10, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://webiphany.com/2021-11-2-getting-off-social-media",
        "title": "Getting off social media",
        "author": None,
    },
    {
        "link": "https://webiphany.com/2021-11-2-everyone-is-committed-to-being-happy",
        "title": "Everyone is committed to being happy",
        "author": None,
    },
    {
        "link": "https://webiphany.com/2021-09-02-support-local-jazz",
        "title": "Support local jazz radio stations",
        "author": None,
    },
    {
        "link": "https://webiphany.com/2019-05-21-the-real-reason-react-hooks-are-so-important",
        "title": "The real reason react hooks are so important",
        "author": None,
    },
    {
        "link": "https://webiphany.com/2019-03-17-thoughts-on-what-the-hell-is-going-on",
        "title": 'Thoughts on "What the Hell is Going On?"',
        "author": None,
    },
    {
        "link": "https://webiphany.com/2018-10-03-chromebook-is-basically-linux",
        "title": "Chromebook is basically Linux",
        "author": None,
    },
    {
        "link": "https://webiphany.com/2018-08-31-now-i-see-whoopi-goldberg-everywhere",
        "title": "Now I see Whoopi Goldberg everywhere.",
        "author": None,
    },
    {"link": "https://webiphany.com/2016-10-01-movie-night", "title": "Movie night", "author": None},
    {
        "link": "https://webiphany.com/2016-01-28-ok-so-what-does-a-good-api-look-like",
        "title": "OK, so what does a good API look like?",
        "author": None,
    },
    {
        "link": "https://webiphany.com/2016-01-17-paul-graham-doesn-t-like-to-be-wrong-about-himself",
        "title": "Paul Graham doesn't like to be wrong about himself",
        "author": None,
    },
]
