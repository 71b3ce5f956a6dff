"""Real page: the home page of indiestack.com (Daniel Jalkut's WordPress blog, Twenty Thirteen
theme), saved by Ranchero-Software/NetNewsWire for its feed-finder tests. Full posts: an <h1
class=entry-title> link, an entry-meta line with a permalinked <time class=entry-date
datetime="2017-11-04T17:57:50+00:00"> showing the day, categories and the author. The expected
date is the <time>'s datetime.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "http://indiestack.com/"
timezone = "America/New_York"
now = datetime(2017, 11, 6, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://indiestack.com/2017/11/treat-warnings-as-errors-in-swift/",
        "title": "Treat Warnings as Errors in Swift",
        "published": datetime(2017, 11, 4, 17, 57, tzinfo=UTC),
        "author": "Daniel Jalkut",
    },
    {
        "link": "http://indiestack.com/2017/10/selective-selector-mapping/",
        "title": "Selective Selector Mapping",
        "published": datetime(2017, 10, 31, 10, 41, tzinfo=UTC),
        "author": "Daniel Jalkut",
    },
    {
        "link": "http://indiestack.com/2017/09/swatch-your-step/",
        "title": "Swatch Your Step",
        "published": datetime(2017, 9, 30, 20, 46, tzinfo=UTC),
        "author": "Daniel Jalkut",
    },
    {
        "link": "http://indiestack.com/2017/09/xcode-9-signing-workarounds/",
        "title": "Xcode 9 Signing Workarounds",
        "published": datetime(2017, 9, 27, 16, 8, tzinfo=UTC),
        "author": "Daniel Jalkut",
    },
    {
        "link": "http://indiestack.com/2017/09/unordered-directory-contents/",
        "title": "Unordered Directory Contents",
        "published": datetime(2017, 9, 27, 14, 10, tzinfo=UTC),
        "author": "Daniel Jalkut",
    },
    {
        "link": "http://indiestack.com/2017/09/sandbox-inheritance-tax/",
        "title": "Sandbox Inheritance Tax",
        "published": datetime(2017, 9, 25, 17, 21, tzinfo=UTC),
        "author": "Daniel Jalkut",
    },
    {
        "link": "http://indiestack.com/2017/09/better-swift-completion/",
        "title": "Better Swift Completion",
        "published": datetime(2017, 9, 22, 11, 33, tzinfo=UTC),
        "author": "Daniel Jalkut",
    },
    {
        "link": "http://indiestack.com/2017/08/javascript-osa-handler-invocation/",
        "title": "JavaScript OSA Handler Invocation",
        "published": datetime(2017, 8, 18, 11, 40, tzinfo=UTC),
        "author": "Daniel Jalkut",
    },
    {
        "link": "http://indiestack.com/2017/06/xcode-github-integration/",
        "title": "Xcode GitHub Integration",
        "published": datetime(2017, 6, 7, 10, 34, tzinfo=UTC),
        "author": "Daniel Jalkut",
    },
    {
        "link": "http://indiestack.com/2017/06/evergreen-images/",
        "title": "Evergreen Images",
        "published": datetime(2017, 6, 1, 12, 47, tzinfo=UTC),
        "author": "Daniel Jalkut",
    },
]
