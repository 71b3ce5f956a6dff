"""Real page: page 4 of a taxi-software company's blog (taximobility.com, WordPress with a
Twenty Ten child theme, March–April 2015 posts), saved in March 2016 by TeamHG-Memex/autopager
for its pagination data. `lang="en-US"`. Ten <div class="post-N … hentry"> posts, each (the
image column commented out) an <h2 class=entry-title> title link, "Posted <a title="9:34
am"><span class=entry-date>on April 7, 2015</span></a> by <span class="author vcard"><a>Arun
Kumar</a></span>" (the time of day only in the date link's tooltip, the site's zone not stated:
dates compared as the day), the excerpt, then "April 7, 2015 | no responses.", "Posted in
<category>" and "Comments Off". Not entries: the site's menus, the sidebar (recent posts,
categories), the pager, the footer. `now` is the save (March 2016).
"""

from datetime import UTC, date, datetime

url = "http://www.taximobility.com/blog/page/4/"
timezone = "Asia/Kolkata"
now = datetime(2016, 3, 11, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.taximobility.com/blog/a-closer-look-at-taxi-cabs-around-the-world/",
        "title": "A Closer Look At Taxi Cabs Around The World",
        "published": date(2015, 4, 7),
        "author": "Arun Kumar",
    },
    {
        "link": "http://www.taximobility.com/blog/most-expensive-cars-used-for-taxis-around-the-world/",
        "title": "Most Expensive Cars Used For Taxis Around The World",
        "published": date(2015, 4, 6),
        "author": "Arun Kumar",
    },
    {
        "link": "http://www.taximobility.com/blog/hilarious-dashboard-decorations-in-bangkok-taxi-cabs/",
        "title": "Hilarious Dashboard Decorations In Bangkok Taxi Cabs",
        "published": date(2015, 4, 3),
        "author": "Arun Kumar",
    },
    {
        "link": "http://www.taximobility.com/blog/10-useful-tips-for-women-passengers-before-get-around-the-taxi-ride/",
        "title": "10 Useful Tips For Women Passengers Before Get Around The Taxi Ride",
        "published": date(2015, 4, 2),
        "author": "Arun Kumar",
    },
    {
        "link": "http://www.taximobility.com/blog/how-to-attract-more-customers-for-your-taxi-business/",
        "title": "How to Attract More Customers For Your Taxi Business",
        "published": date(2015, 4, 1),
        "author": "Arun Kumar",
    },
    {
        "link": "http://www.taximobility.com/blog/four-essential-tips-for-better-taxi-maintenance/",
        "title": "Four Essential Tips For Better Taxi Maintenance",
        "published": date(2015, 3, 30),
        "author": "Arun Kumar",
    },
    {
        "link": "http://www.taximobility.com/blog/an-overview-of-vintage-taxis-in-united-states/",
        "title": "An Overview Of Vintage Taxis In United States",
        "published": date(2015, 3, 27),
        "author": "Arun Kumar",
    },
    {
        "link": "http://www.taximobility.com/blog/how-mobile-based-cab-booking-is-useful-for-cabbies-and-passengers/",
        "title": "How Mobile Based Cab Booking Is Useful For Cabbies and Passengers",
        "published": date(2015, 3, 25),
        "author": "Arun Kumar",
    },
    {
        "link": "http://www.taximobility.com/blog/uber-is-launching-uberfresh-for-food-delivery/",
        "title": "Uber Is Launching UberFresh For Food Delivery",
        "published": date(2015, 3, 24),
        "author": "Arun Kumar",
    },
    {
        "link": "http://www.taximobility.com/blog/soon-you-can-hail-ubers-cab-from-third-party-mobile-apps/",
        "title": "Soon You Can Hail Uber’s Cab From Third Party Mobile Apps",
        "published": date(2015, 3, 23),
        "author": "Arun Kumar",
    },
]
