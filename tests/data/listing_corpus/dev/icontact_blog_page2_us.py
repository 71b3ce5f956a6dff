"""Real page: page 2 of 158 of an e-mail marketing company's blog (icontact.com/blog,
WordPress with the Visual Composer builder), February 2016, saved by TeamHG-Memex/autopager
for its pagination data. `lang="en-US"`. Ten posts, each a Visual Composer row: a <div
class=blog-index-head> with an empty picture link and the <h2 class=title> title link, an
<div class=article-info-box> showing "<span class=date>Feb 25, 2016</span>", a "Read More"
button, the excerpt, and two empty `<time itemprop=datePublished
content="2016-02-25T10:13:58+00:00"/>` and `<time itemprop=dateModified …/>` (a machine date in
`content`, not `datetime`; the modification not the entry's). Dates: the published instant.
No bylines. Not entries: the header's menus and telephone numbers, the sidebar, the pager,
the footer. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "https://www.icontact.com/blog/page/2"
timezone = "America/New_York"
now = datetime(2016, 3, 10, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.icontact.com/blog/gimmicks-humor-and-off-the-wall-marketing-where-do-you-stand",
        "title": "Gimmicks, Humor and Off-the-Wall Marketing: Where Do You Stand on Funny?",
        "published": datetime(2016, 2, 25, 10, 13, 58, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.icontact.com/blog/testing-multiple-ctas-two-chances-to-win",
        "title": "Testing Multiple CTAs – More Chances to Win",
        "published": datetime(2016, 2, 24, 8, 56, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.icontact.com/blog/content-that-sells-your-grandmothers-new-job-in-marketing",
        "title": "Content That Sells – Your Grandmother’s New Job in Marketing",
        "published": datetime(2016, 2, 23, 14, 17, 53, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.icontact.com/blog/testing-an-end-to-failure",
        "title": "Testing – An End to Failure",
        "published": datetime(2016, 2, 19, 9, 24, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.icontact.com/blog/nine-ways-to-monetize-your-blog",
        "title": "Nine Ways to Monetize Your Blog",
        "published": datetime(2016, 2, 18, 9, 29, 14, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.icontact.com/blog/conducting-a-content-marketing-audit",
        "title": "Conducting a Content Marketing Audit",
        "published": datetime(2016, 2, 17, 9, 19, 28, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.icontact.com/blog/kickstarter-and-icontact-bring-dinosaurs-back-to-life-at-zoobooks",
        "title": "Kickstarter and iContact Bring Dinosaurs Back to Life at Zoobooks",
        "published": datetime(2016, 2, 16, 8, 30, 33, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.icontact.com/blog/resources-healthy-mailing-list-keep-it-clean",
        "title": "Resources for a Healthy Mailing List – Keep It Clean",
        "published": datetime(2016, 2, 15, 8, 0, 7, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.icontact.com/blog/mobile-marketing-stats-to-focus-your-strategy",
        "title": "Mobile Marketing – Stats to Focus Your Strategy",
        "published": datetime(2016, 2, 12, 9, 0, 24, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.icontact.com/blog/webinar-qa-hitching-a-ride-ahead-of-the-curve",
        "title": "Webinar Q&A – Hitching a Ride Ahead of the Curve",
        "published": datetime(2016, 2, 11, 10, 26, 2, tzinfo=UTC),
        "author": None,
    },
]
