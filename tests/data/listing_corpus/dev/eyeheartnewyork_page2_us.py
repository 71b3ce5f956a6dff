"""Real page: page 2 of a Tumblr photoblog (tumblr.eyeheartnewyork.com, "Eye Heart New York, a
photoblog by Dan Nguyen", April 2013, a theme of Tumblr's gallery), saved by
dannguyen/html_trawl for its tests. A blog platform's front, page 2: the blog's header (its
name, "RSS" and "Archive" buttons, the author's note with links to his sites, a follow button,
"Ask me anything"), then fifteen posts, each in a <div id=newDay> of its own (the id repeated on
every one) holding <div class=date> ("April 17, 2013", repeated for posts of the same day) and a
<div class=post>: photo posts without titles (a caption, "(Source: Flickr / zokuga)", a
reblog "unypl: …"), the pictures, share buttons, then "<a class=time
href=…/post/48198519796/today-a-duck-tape-store…>9:57am</a> | URL: http://tmblr.co/…" (the
permalink as the time, a short address after it) and the same list of the author's profiles
under every post. Entries: the posts, by their permalinks, dated by the day above with the
time on the permalink (New York time). Titles are left out: the posts have none (a caption's
words are no title the page shows). No bylines (authors None: the author is named once, in the
blog's header). Not entries: the header's links, the captions' links to other sites
(seattlepi.com, flickr.com, a blogspot blog), the short tmblr.co addresses, the profile lists,
the pager ("/page/1", "/page/3"). `now` is the save (June 2013, the project's commit).
"""

from datetime import UTC, datetime

url = "http://tumblr.eyeheartnewyork.com/page/2"
timezone = "America/New_York"
now = datetime(2013, 6, 8, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/48198519796/today-a-duck-tape-store-is-opening-in-midtown",
        "published": datetime(2013, 4, 17, 13, 57, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/48038891943/heading-home-from-a-late-night-at-dinosaur-bbq-in",
        "published": datetime(2013, 4, 15, 13, 29, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/47983897136/leaves-starting-to-grow-back-in-central-park",
        "published": datetime(2013, 4, 14, 20, 52, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/47780733397/ugh-rain-again",
        "published": datetime(2013, 4, 12, 14, 4, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/47723589590/the-cool-mural-of-the-brooklyn-bridge-landscape-at",
        "published": datetime(2013, 4, 11, 20, 43, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/47701250218/a-wanted-poster-for-alleged-shoplifters-at",
        "published": datetime(2013, 4, 11, 14, 17, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/47678913061/spring-sunset-over-the-wtc-from-last-spring",
        "published": datetime(2013, 4, 11, 4, 9, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/47661357377/unypl-notes-from-the-underground-by-fyodor",
        "published": datetime(2013, 4, 11, 0, 36, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/47637628360/union-square-at-night-after-a-drizzle",
        "published": datetime(2013, 4, 10, 19, 34, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/47588539343/clouds-disappearing-over-the-hudson",
        "published": datetime(2013, 4, 10, 2, 9, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/47203514892/saw-this-weird-mock-mta-service-alert-in-the",
        "published": datetime(2013, 4, 5, 17, 45, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/47049079801/park-in-midtown-manhattan",
        "published": datetime(2013, 4, 3, 21, 12, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/46973720710/yea-spring-and-blue-skies",
        "published": datetime(2013, 4, 2, 23, 20, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/46950716757/drizzly-times-square",
        "published": datetime(2013, 4, 2, 18, 25, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://tumblr.eyeheartnewyork.com/post/46848631529/do-not-enter-in-north-williamsburg",
        "published": datetime(2013, 4, 1, 14, 29, tzinfo=UTC),
        "author": None,
    },
]
