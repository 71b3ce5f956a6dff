"""Real page: the home page of sixcolors.com (Jason Snell and Dan Moren) as of March 2016, saved
by Ranchero-Software/NetNewsWire for its parser tests. Two kinds of <div class=post>: articles
("By Jason Snell", a plain dateline "March  4, 2016  9:12 AM PT", an <h1> link to the post) and
linked-list items ("Linked by Dan Moren", the dateline is the permalink, the <h1> links to the
other site). A linked item's link is its permalink; the other site's address is accepted too
(``also``). Sponsor blocks (div.minipost) are not entries. PT is Pacific time (PST until 13
March 2016).
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://sixcolors.com/"
timezone = "America/Los_Angeles"
now = datetime(2016, 3, 7, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://sixcolors.com/link/2016/03/transmission-bit-torrent-client-possibly-infected-with-malware/",
        "also": [
            "http://researchcenter.paloaltonetworks.com/2016/03/new-os-x-ransomware-keranger-infected-transmission-bittorrent-client-installer/"
        ],
        "title": "Transmission Bit Torrent client possibly infected with malware",
        "published": datetime(2016, 3, 6, 21, 46, tzinfo=UTC),
        "author": "Dan Moren",
    },
    {
        "link": "https://sixcolors.com/link/2016/03/a-marvelous-marble-based-music-machine/",
        "also": ["http://www.wired.co.uk/news/archive/2016-03/02/marble-machine-video"],
        "title": "A marvelous marble-based music machine",
        "published": datetime(2016, 3, 6, 18, 19, tzinfo=UTC),
        "author": "Jason Snell",
    },
    {
        "link": "https://sixcolors.com/link/2016/03/simple-automation/",
        "also": ["http://leancrew.com/all-this/2016/03/dont-forget-simple-automation/"],
        "title": "Simple automation",
        "published": datetime(2016, 3, 5, 0, 29, tzinfo=UTC),
        "author": "Jason Snell",
    },
    {
        "link": "https://sixcolors.com/post/2016/03/automate-this-connect-to-the-web-with-curl/",
        "title": "Automate This: Connect to the Web with cURL",
        "published": datetime(2016, 3, 4, 17, 12, tzinfo=UTC),
        "author": "Jason Snell",
    },
    {
        "link": "https://sixcolors.com/link/2016/03/san-bernardino-da-iphone-may-hold-dormant-cyber-pathogen/",
        "also": [
            "http://arstechnica.com/tech-policy/2016/03/san-bernardino-da-says-seized-iphone-may-hold-dormant-cyber-pathogen/"
        ],
        "title": "San Bernardino DA: iPhone may hold “dormant cyber pathogen”",
        "published": datetime(2016, 3, 4, 3, 33, tzinfo=UTC),
        "author": "Jason Snell",
    },
    {
        "link": "https://sixcolors.com/link/2016/03/apple-shareholders-reject-board-diversity-plan/",
        "also": [
            "http://www.theguardian.com/technology/2016/feb/26/apple-rejects-diversity-plan-minorities-silicon-valley"
        ],
        "title": "Apple shareholders reject board diversity plan",
        "published": datetime(2016, 3, 3, 22, 55, tzinfo=UTC),
        "author": "Jason Snell",
    },
    {
        "link": "https://sixcolors.com/post/2016/03/amazon-echo-dot-and-sonos-not-yet/",
        "title": "Amazon Echo Dot and Sonos? Not… yet.",
        "published": datetime(2016, 3, 3, 17, 56, tzinfo=UTC),
        "author": "Jason Snell",
    },
    {
        "link": "https://sixcolors.com/link/2016/03/apple-support-now-available-via-twitter/",
        "also": [""],
        "title": "Apple Support now available via Twitter",
        "published": datetime(2016, 3, 3, 17, 35, tzinfo=UTC),
        "author": "Dan Moren",
    },
    {
        "link": "https://sixcolors.com/link/2016/03/apple-posts-amicus-briefs-in-fbi-case/",
        "also": ["http://www.apple.com/pr/library/2016/03/03Amicus-Briefs-in-Support-of-Apple.html"],
        "title": "Apple posts amicus briefs in FBI case",
        "published": datetime(2016, 3, 3, 15, 38, tzinfo=UTC),
        "author": "Dan Moren",
    },
    {
        "link": "https://sixcolors.com/link/2016/03/bustin-makes-me-feel-good/",
        "also": ["https://www.youtube.com/watch?v=w3ugHP-yZXw&feature=youtu.be"],
        "title": "Bustin’ makes me feel good",
        "published": datetime(2016, 3, 3, 15, 28, tzinfo=UTC),
        "author": "Dan Moren",
    },
    {
        "link": "https://sixcolors.com/post/2016/03/the-amazon-echo-family-expands-by-two/",
        "title": "The Amazon Echo family expands by two",
        "published": datetime(2016, 3, 3, 15, 5, tzinfo=UTC),
        "author": "Dan Moren",
    },
    {
        "link": "https://sixcolors.com/post/2016/03/quick-tip-push-notifications-from-mac-to-apple-watch/",
        "title": "Quick Tip: Push notifications from Mac to Apple Watch",
        "published": datetime(2016, 3, 3, 15, 0, tzinfo=UTC),
        "author": "Jason Snell",
    },
    {
        "link": "https://sixcolors.com/post/2016/03/automate-this-turn-on-your-xbox-one-from-afar/",
        "title": "Automate This: Turn on your Xbox One from afar",
        "published": datetime(2016, 3, 2, 20, 44, tzinfo=UTC),
        "author": "Dan Moren",
    },
    {
        "link": "https://sixcolors.com/link/2016/03/twitter-has-become-a-park-filled-with-bats-and-perverts/",
        "also": ["http://nymag.com/following/2016/03/julieanne-smolinski-quitting-twitter.html"],
        "title": "‘Twitter Has Become a Park Filled With Bats and Perverts’",
        "published": datetime(2016, 3, 2, 3, 31, tzinfo=UTC),
        "author": "Jason Snell",
    },
]
