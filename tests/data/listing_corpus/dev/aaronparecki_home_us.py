"""Real page: an IndieWeb personal site's home stream (aaronparecki.com, February 2018), saved
in jsorge/RSParser's tests (microformats). en. Twenty <li class="h-entry">: check-ins ("at
StreamPDX", a venue link to foursquare.com, a map, the place), untitled notes, and two titled
posts (<h2 class=p-name>, the date line linked to the post). Each shows its time with a
12-hour clock and the offset, "<time class=dt-published datetime="2018-02-12T14:54:36-08:00">Mon,
Feb 12, 2018 2:54pm -08:00</time>" (the titled posts: a metaline link "Wed, Feb 7, 2018
11:30am -08:00" with the same <time> further down). An entry's link is its permalink on the
site (the venue links are not). Titles only where the post has a name (notes and check-ins
have none: not scored). Authors not scored (the author's h-card is the site's, not shown per
entry). Not entries: the header and its menu, the venue and map links, the footer.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://aaronparecki.com/"
timezone = "America/Los_Angeles"
now = datetime(2018, 2, 14, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://aaronparecki.com/2018/02/12/24/",
        "published": datetime(2018, 2, 12, 22, 54, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/11/14/",
        "published": datetime(2018, 2, 11, 23, 19, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/10/12/",
        "published": datetime(2018, 2, 10, 22, 56, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/09/20/",
        "published": datetime(2018, 2, 10, 0, 56, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/09/17/",
        "published": datetime(2018, 2, 9, 23, 49, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/08/29/",
        "published": datetime(2018, 2, 8, 17, 21, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/08/39/",
        "published": datetime(2018, 2, 8, 15, 57, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/08/36/",
        "published": datetime(2018, 2, 8, 12, 47, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/07/16/",
        "published": datetime(2018, 2, 8, 3, 56, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/07/7/indieauth",
        "title": "IndieAuth-Client-PHP 0.3.1",
        "published": datetime(2018, 2, 7, 19, 30, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/06/17/",
        "published": datetime(2018, 2, 7, 0, 47, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/05/6/ownyourgram",
        "title": "OwnYourGram Updates",
        "published": datetime(2018, 2, 5, 18, 12, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/02/2/",
        "published": datetime(2018, 2, 2, 14, 11, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/01/15/",
        "published": datetime(2018, 2, 1, 20, 32, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/02/01/9/",
        "published": datetime(2018, 2, 1, 17, 57, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/01/31/8/",
        "published": datetime(2018, 1, 31, 19, 33, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/01/31/6/",
        "published": datetime(2018, 1, 31, 18, 13, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/01/30/26/",
        "published": datetime(2018, 1, 31, 1, 36, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/01/30/23/",
        "published": datetime(2018, 1, 30, 23, 22, tzinfo=UTC),
    },
    {
        "link": "https://aaronparecki.com/2018/01/30/13/",
        "published": datetime(2018, 1, 30, 20, 3, tzinfo=UTC),
    },
]
