"""Real page: blog.mozilla.org (WordPress theme "frontierline"), the blog's front page, saved by
damoeb/rss-proxy for its tests. A grid of <article class="post-summary hentry">: one link
(class entry-link) wraps the image and the <h2 class=entry-title>; then <address class=vcard>
(the byline), <time class="date published" datetime="2019-08-21T03:01:36-07:00"> showing the day,
and an excerpt ending in "… Read more". The expected date is the <time>'s datetime.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://blog.mozilla.org/"
timezone = "America/Los_Angeles"
now = datetime(2019, 8, 25, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://blog.mozilla.org/blog/2019/08/21/mozilla-takes-action-to-protect-users-in-kazakhstan/",
        "title": "Mozilla takes action to protect users in Kazakhstan",
        "published": datetime(2019, 8, 21, 10, 1, tzinfo=UTC),
        "author": "Mozilla",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/07/25/empowering-voters-to-combat-election-manipulation/",
        "title": "Empowering voters to combat election manipulation",
        "published": datetime(2019, 7, 25, 13, 56, tzinfo=UTC),
        "author": "Mozilla",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/07/17/qa-igniting-imaginations-and-putting-vr-in-the-hands-of-students-with-kai-frazier/",
        "title": "Q&A: Igniting imaginations and putting VR in the hands of students with Kai Frazier",
        "published": datetime(2019, 7, 17, 16, 51, tzinfo=UTC),
        "author": "Mozilla",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/07/09/latest-firefox-release-available-today-for-ios-and-desktop/",
        "title": "Latest Firefox Release Available today for iOS and Desktop",
        "published": datetime(2019, 7, 9, 13, 0, tzinfo=UTC),
        "author": "Marissa Wood",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/07/05/mozillas-latest-research-grants-prioritizing-research-for-the-internet/",
        "title": "Mozilla’s Latest Research Grants: Prioritizing Research for the Internet",
        "published": datetime(2019, 7, 5, 18, 43, tzinfo=UTC),
        "author": "Jofish Kaye",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/07/02/mozilla-joins-brief-for-protection-of-lgbtq-employees-from-discrimination/",
        "title": "Mozilla joins brief for protection of LGBTQ employees from discrimination",
        "published": datetime(2019, 7, 2, 14, 39, tzinfo=UTC),
        "author": "Michael DeAngelo and Amy Keating",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/06/04/the-web-the-world-needs-can-be-ours-again-if-we-want-it/",
        "title": "The web the world needs can be ours again, if we want it",
        "published": datetime(2019, 6, 4, 13, 5, tzinfo=UTC),
        "author": "Chris Beard",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/06/04/when-it-comes-to-privacy-default-settings-matter/",
        "title": "When it comes to privacy, default settings matter!",
        "published": datetime(2019, 6, 4, 13, 0, tzinfo=UTC),
        "author": "Peter Dolanjski",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/06/04/firefox-now-available-with-enhanced-tracking-protection-by-default/",
        "title": (
            "Firefox Now Available with Enhanced Tracking Protection by Default Plus Updates to "
            "Facebook Container, Firefox Monitor and Lockwise"
        ),
        "published": datetime(2019, 6, 4, 12, 50, tzinfo=UTC),
        "author": "Dave Camp",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/05/29/we-believe-the-internet-can-be-better-mozilla-to-the-international-grand-committee/",
        "title": "“We believe the internet can be better,” Mozilla to the International Grand Committee",
        "published": datetime(2019, 5, 29, 15, 56, tzinfo=UTC),
        "author": "Mozilla",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/05/22/emblematic-group-and-mozilla-team-up-to-showcase-next-generation-of-storytelling-on-the-web/",
        "title": "Emblematic Group and Mozilla Team Up to Showcase Next Generation of Storytelling on the Web",
        "published": datetime(2019, 5, 22, 16, 0, tzinfo=UTC),
        "author": "Mozilla",
    },
    {
        "link": "https://blog.mozilla.org/blog/2019/05/21/latest-firefox-release-is-faster-than-ever/",
        "title": "Latest Firefox Release is Faster than Ever",
        "published": datetime(2019, 5, 21, 13, 1, tzinfo=UTC),
        "author": "Marissa Wood",
    },
]
