"""Real page: the "Technology" category of a British bank's blog (monzo.com/blog/technology,
2021), saved by jakub-m/bulletin for its tests; lang=en-GB, one minified line. Under the
<h1>Technology</h1> hero, a <ul> of 13 <li class=PostListing-module__item…>, each one <a href>
card: a picture, the label "Technology", "<time datetime="2021-8-30">30 September 2021</time>",
an <h2> title and a teaser. The `datetime` attributes are one month behind the text and
unpadded ("2021-8-30" for 30 September: a zero-based month written by the page's script); a
reader sees the text, which is the publication day (dates). Entries: the 13 cards. Not
entries: the menus (one links a post, "What are unsecured loans?"), "Next" (the pager) and
the footer. No bylines (authors None). `now` is taken as 1 October 2021.
"""

from datetime import UTC, date, datetime

url = "https://monzo.com/blog/technology"
timezone = "Europe/London"
now = datetime(2021, 10, 1, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://monzo.com/blog/2021/09/30/documenting-pull-requests-is-as-important-as-writing-good-code",
        "title": "Documenting pull requests is as important as writing good code",
        "published": date(2021, 9, 30),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/2021/09/15/how-we-measure-software-excellence",
        "title": "How we've started to measure 'software excellence'",
        "published": date(2021, 9, 15),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/lessons-from-implementing-progression-frameworks-at-scale",
        "title": "Lessons from implementing engineering progression frameworks at scale",
        "published": date(2021, 4, 22),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/engineering-management-at-monzo-technical-leadership-people-support",
        "title": "We're evolving engineering management at Monzo",
        "published": date(2021, 3, 5),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/2020/10/19/autoscaling-monzo",
        "title": "Autoscaling Monzo: How we optimise our platform to be just the right size",
        "published": date(2020, 10, 19),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/how-we-moved-our-faster-payments-connection-in-house",
        "title": "How we moved our Faster Payments connection in-house",
        "published": date(2020, 5, 13),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/how-weve-evolved-on-call-at-monzo",
        "title": "How we’ve evolved on-call at Monzo",
        "published": date(2020, 5, 10),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/controlling-outbound-traffic-from-kubernetes",
        "title": "Controlling outbound traffic from Kubernetes",
        "published": date(2020, 4, 5),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/we-secured-thousands-of-cassandra-clients-to-keep-monzos-data-safe",
        "title": "We secured thousands of Cassandra clients to keep Monzo's data safe",
        "published": date(2019, 12, 17),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/migrating-vaults-storage-with-no-downtime",
        "title": "We migrated Vault's storage with no downtime",
        "published": date(2019, 12, 17),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/bringing-our-faster-payments-connection-in-house",
        "title": "We recently brought our Faster Payments connection in-house",
        "published": date(2019, 12, 16),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/coordinators-on-android-building-flows-quickly-with-reusable-screens",
        "title": "Coordinators on Android: how to build flows quickly with reusable screens",
        "published": date(2019, 12, 12),
        "author": None,
    },
    {
        "link": "https://monzo.com/blog/we-built-network-isolation-for-1-500-services",
        "title": "We built network isolation for 1,500 services to make Monzo more secure",
        "published": date(2019, 11, 6),
        "author": None,
    },
]
