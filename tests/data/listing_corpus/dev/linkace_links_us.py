"""Real page: the public link list of LinkAce's demo (a self-hosted bookmark manager), saved by
damoeb/feedless for its tests. en-US. A <div class=link-wrapper> of 24 Bootstrap cards, each a
bookmark: the site's title as a link to the other site (short titles: "sourcebuster.js",
"Zulip Team Chat"), its host in <small>, a share box (collapsed, mail and social links), tag
buttons, and "Added <time-ago datetime="2021-08-08T21:14:25+00:00">10 months ago</time-ago>"
(a custom element, not <time>: the attribute gives the minute). Links lead to other sites: each
is the entry. No bylines. `now`: about ten months after the newest bookmark.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://demo.linkace.org/guest/links"
timezone = "UTC"
now = datetime(2022, 6, 20, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://stumbled.to",
        "title": "Stumbled - The greatest Sites of the Internet",
        "published": datetime(2021, 8, 8, 21, 14, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://dev.to/kovah/how-i-built-a-web-tool-for-gamers-3hp",
        "title": "How I built a web tool for gamers - DEV",
        "published": datetime(2020, 11, 8, 19, 27, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://a11yresources.webflow.io/",
        "title": "a11yresources - A growing list of accessibility tools and resources",
        "published": datetime(2020, 11, 8, 19, 23, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.php.net/archive/2019.php#2019-11-28-1",
        "title": "PHP 7.4 Release News",
        "published": datetime(2020, 1, 24, 13, 21, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://github.com/anvaka/city-roads",
        "title": "GitHub - anvaka/city-roads: Visualization of all roads within any city",
        "published": datetime(2020, 1, 24, 13, 17, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://nicedoc.io/",
        "title": "nicedoc.io: pretty README as service",
        "published": datetime(2019, 4, 22, 7, 6, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://traffic-simulation.de/roadworks.html",
        "title": "Microsimulation of Traffic Flow: RoadWorks",
        "published": datetime(2019, 4, 16, 7, 48, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://giistr.com/",
        "title": "Giistr - Find Github issues to contribute to",
        "published": datetime(2019, 4, 13, 15, 29, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://proxyman.app/",
        "title": "Proxyman • Advanced HTTP Debugging Proxy for Mac",
        "published": datetime(2019, 4, 2, 8, 57, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://github.com/BlackrockDigital/startbootstrap-sb-admin-2",
        "title": "GitHub - BlackrockDigital/startbootstrap-sb-admin-2: A free, open source, Bootstrap admin theme created by Start Bootstrap",
        "published": datetime(2019, 4, 1, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://gin-gonic.com/",
        "title": "Gin Web Framework",
        "published": datetime(2019, 3, 29, 12, 17, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://revel.github.io/",
        "title": "Revel, the Web Framework for Go",
        "published": datetime(2019, 3, 29, 12, 16, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://mozilla.github.io/server-side-tls/ssl-config-generator/",
        "title": "Generate Mozilla Security Recommended Web Server Configuration Files",
        "published": datetime(2019, 3, 28, 8, 44, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tls.imirhil.fr/",
        "title": "CryptCheck SSL Testing",
        "published": datetime(2019, 3, 28, 8, 43, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://ethical.net/resources",
        "title": "Ethical Alternatives & Resources - ethical.net",
        "published": datetime(2019, 3, 27, 22, 49, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://heybestee.com/",
        "title": "Bestee - Instant, offline virtual assistant",
        "published": datetime(2019, 3, 27, 22, 29, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://gallery.manypixels.co/",
        "title": "Illustrations Gallery · ManyPixels",
        "published": datetime(2019, 3, 24, 12, 20, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.passbolt.com/",
        "title": "Passbolt | Open source password manager for teams",
        "published": datetime(2019, 3, 19, 22, 52, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://bitwarden.com/",
        "title": "Bitwarden",
        "published": datetime(2019, 3, 19, 22, 49, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://padlock.io/",
        "title": "Padlock - A Minimalist Password Manager",
        "published": datetime(2019, 3, 19, 22, 45, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://color.review/",
        "title": "Color.review - Colors that look and work great for everyone",
        "published": datetime(2019, 3, 14, 12, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://gotify.net/",
        "title": "Gotify · a simple server for sending and receiving messages",
        "published": datetime(2019, 3, 10, 10, 11, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://sbjs.rocks/#/",
        "title": "sourcebuster.js",
        "published": datetime(2019, 3, 4, 8, 44, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://zulipchat.com/",
        "title": "Zulip Team Chat",
        "published": datetime(2019, 3, 1, 21, 32, tzinfo=UTC),
        "author": None,
    },
]
