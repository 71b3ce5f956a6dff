"""Real page: page 3 of a travel-industry news site's "Digital" category (WordPress), saved by
dannguyen/html_trawl for its tests. Above the list, a "Top Stories" block (<div
class=category-featured>: three boxes of a picture and an <h5> link) shows the category's
featured stories of 13-14 May, newer than anything on this page and the same on every page of
the category: not this page's list, left out. The list (<section class=archive-list>): day
groups, each a <span class=date>10 May 2013</span> over a <ul> of posts, each <li> an <h4><a>
title</a></h4>, the post's own category in <b><a>Digital</a></b> and an excerpt. Dates: the
group's day (no time shown; the site is in New York). No bylines. Not entries: the category
menu, "Trending:" links, the pager ("Back", "More"), the sidebar's "Featured" and "Top Stories"
boxes, the footer. `now` is an estimate: the featured stories date the save to mid-May 2013.
"""

from datetime import UTC, date, datetime

url = "http://skift.com/digital/page/3/"
timezone = "America/New_York"
now = datetime(2013, 5, 15, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://skift.com/2013/05/10/what-its-like-to-star-in-a-failed-travel-channel-reality-series/",
        "title": "What it’s like to star in a failed Travel Channel reality series",
        "published": date(2013, 5, 10),
        "author": None,
    },
    {
        "link": "http://skift.com/2013/05/10/facebook-home-flops-as-htc-reduces-smartphone-price/",
        "title": "Facebook Home flops as HTC reduces smartphone price",
        "published": date(2013, 5, 10),
        "author": None,
    },
    {
        "link": "http://skift.com/2013/05/10/tui-travel-has-sunnier-earnings-forecast-because-of-extended-wintry-weather/",
        "title": "TUI Travel has sunnier earnings forecast because of extended wintry weather",
        "published": date(2013, 5, 10),
        "author": None,
    },
    {
        "link": "http://skift.com/2013/05/10/best-travel-ads-this-week-german-perfectionism-to-quirky-explorations/",
        "title": "Best travel ads this week: German perfectionism to quirky explorations",
        "published": date(2013, 5, 10),
        "author": None,
    },
    {
        "link": "http://skift.com/2013/05/10/facebook-may-buy-mapping-site-waze-as-it-seeks-to-know-more-about-users/",
        "title": "Facebook may buy mapping site Waze as it seeks to know more about users",
        "published": date(2013, 5, 10),
        "author": None,
    },
    {
        "link": "http://skift.com/2013/05/10/gwyneth-paltrow-city-guides-app-certainly-isnt-a-rough-guide/",
        "title": "Gwyneth Paltrow City Guides app certainly isn’t a rough guide",
        "published": date(2013, 5, 10),
        "author": None,
    },
    {
        "link": "http://skift.com/2013/05/10/priceline-kayak-merger-should-close-on-may-21-thanks-to-regulators-approval/",
        "title": "Priceline-Kayak merger should close on May 21, thanks to regulators’ approval",
        "published": date(2013, 5, 10),
        "author": None,
    },
    {
        "link": "http://skift.com/2013/05/09/global-eagle-buys-another-in-flight-company-becomes-largest-airline-content-provider/",
        "title": "Global Eagle buys another in-flight company, becomes largest airline content provider",
        "published": date(2013, 5, 9),
        "author": None,
    },
    {
        "link": "http://skift.com/2013/05/09/priceline-posts-healthy-profit-increase-in-first-quarter-but-guidance-disappoints-analysts/",
        "title": "Priceline posts healthy first quarter profit, but Wall Street thinks guidance is a bummer",
        "published": date(2013, 5, 9),
        "author": None,
    },
    {
        "link": "http://skift.com/2013/05/09/fcc-commissioners-vote-to-expand-availability-of-airborne-wi-fi-access/",
        "title": "FCC commissioners vote to expand availability of airborne Wi-Fi access",
        "published": date(2013, 5, 9),
        "author": None,
    },
]
