"""Real page: the home page of Cowboy Programmer (cowboyprogrammer.org, the blog of Feeder's
author; Hugo with the Icarus theme, lang=en-us, posts of 2016), saved in October
2017 by spacecowboy/Feeder for its feed-discovery tests. Five <article class="article
article-type-post" itemprop=blogPost>: a banner picture link, an <a><h1 class=article-title>
headline link, a meta line "<time datetime="2016-10-21 00:27:00 +0200 CEST">2016-10-21</time>
· 289 words · 2 minute read", tag links, the summary and a "Read more" link to the post.
Dates: the day shown (the `datetime`'s clock is not displayed), compared as the local day
(Europe/Stockholm, as the +0200 CEST offsets say). No bylines on the posts (authors None);
the sidebar's profile ("Space Cowboy", "24 Posts 39 Tags") is not a byline. Not entries: the
header and sidebar menus, tag links, the "Next »" pager. `now` is the fixture's first commit
(26 October 2017).
"""

from datetime import UTC, date, datetime

url = "https://cowboyprogrammer.org/"
timezone = "Europe/Stockholm"
now = datetime(2017, 10, 26, 18, 22, tzinfo=UTC)

entries = [
    {
        "link": "https://cowboyprogrammer.org/2016/10/reduce-colors-in-images/",
        "title": "Reduce the size of images even further by reducing number of colors with Gimp",
        "published": date(2016, 10, 21),
        "author": None,
    },
    {
        "link": "https://cowboyprogrammer.org/2016/10/dont-start-service-on-install-of-debian-package/",
        "title": "Don't start service on installation of Debian package",
        "published": date(2016, 10, 19),
        "author": None,
    },
    {
        "link": "https://cowboyprogrammer.org/2016/09/reboot_machine_on_wrong_password/",
        "title": "Rebooting on wrong password",
        "published": date(2016, 9, 28),
        "author": None,
    },
    {
        "link": "https://cowboyprogrammer.org/2016/08/zopfli_all_the_things/",
        "title": "Compress all the images!",
        "published": date(2016, 8, 26),
        "author": None,
    },
    {
        "link": "https://cowboyprogrammer.org/2016/07/migrating_from_ghost_to_hugo/",
        "title": "Migrating from Ghost to Hugo",
        "published": date(2016, 7, 25),
        "author": None,
    },
]
