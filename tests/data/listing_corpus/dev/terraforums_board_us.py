"""Real page: a vBulletin 4 forum's thread list (terraforums.com, the carnivorous-plant forum's
"North American Sarracenia Conservancy" board, page 1), saved in March 2016 by
TeamHG-Memex/autopager for its pagination data. `lang="en"`, but vBulletin's US default date
format: "Started by <a class=username>PlantAKiss</a>, 09-08-2004 10:23 PM" is month first (the
board's other days, "05-29-2008", "02-22-2015", settle it). An <ol id=stickies> of three threads
and an <ol id=threads> of twenty, each <li class=threadbit>: a status icon link, an <h3
class=threadtitle> with a prefix on some ("Poll:") and the title link <a class=title>, the
"Started by" line (the starter and the first post's time: the entry's author and date), the
replies and views, and the last post's user (a pop-up menu of profile links) and time
("02-04-2016, 08:36 PM", an icon link to that post): not the entry's. Entries: the 23
threads, stickies included. Times are in the board's zone, "All times are GMT -5" (the
footer). Not entries: the forum menus, the last posters' menus, the pager, the footer. `now`
is the footer's "The time now is 11:59 AM" on 10 March 2016.
"""

from datetime import UTC, datetime

url = "http://www.terraforums.com/forums/forum111/"
timezone = "Etc/GMT+5"
now = datetime(2016, 3, 10, 16, 59, tzinfo=UTC)

entries = [
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/93602-pollinate-sarracenia-flower.html",
        "title": "How to Pollinate a Sarracenia Flower",
        "published": datetime(2004, 9, 9, 3, 23, tzinfo=UTC),
        "author": "PlantAKiss",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/113341-nasc-information-links-threads.html",
        "title": "General NASC Information and Links to Important Threads",
        "published": datetime(2008, 5, 30, 2, 3, tzinfo=UTC),
        "author": "xvart",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/91219-mission-statement.html",
        "title": "***MISSION STATEMENT***",
        "published": datetime(2004, 5, 11, 15, 48, tzinfo=UTC),
        "author": "PlantAKiss",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/139664-terraforum-helps-cp-habitat.html",
        "title": "Terraforum Members Helps CP Habitat Again",
        "published": datetime(2015, 9, 1, 16, 44, tzinfo=UTC),
        "author": "Ozzy",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/138527-money-raised-dock-burn-redirected.html",
        "title": "Money Raised for Old Dock Burn May Be Redirected",
        "published": datetime(2015, 3, 6, 16, 24, tzinfo=UTC),
        "author": "Ozzy",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/138458-rare-plants-auction.html",
        "title": "Rare plants up for auction!",
        "published": datetime(2015, 2, 22, 15, 31, tzinfo=UTC),
        "author": "davidgreen",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/138326-2015-auction-viewing.html",
        "title": "2015 S.F. Auction open for viewing!",
        "published": datetime(2015, 1, 31, 2, 29, tzinfo=UTC),
        "author": "davidgreen",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/138408-2015-nasc-board-elections-feb-19-a.html",
        "title": "2015 NASC Board Elections, Feb. 19",
        "published": datetime(2015, 2, 13, 2, 54, tzinfo=UTC),
        "author": "Presto",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/138291-volunteers.html",
        "title": "Volunteers needed!",
        "published": datetime(2015, 1, 27, 1, 6, tzinfo=UTC),
        "author": "Presto",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/137985-nasc.html",
        "title": "NASC",
        "published": datetime(2014, 12, 4, 14, 20, tzinfo=UTC),
        "author": "catrus",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/133142-looking-nasc-growers.html",
        "title": "Looking for NASC Growers",
        "published": datetime(2013, 1, 15, 2, 43, tzinfo=UTC),
        "author": "DroseraBug",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/136194-whens-2014-nasc-benefit-auction.html",
        "title": "when's the 2014 NASC benefit auction?",
        "published": datetime(2014, 3, 12, 23, 13, tzinfo=UTC),
        "author": "Salgadoxx8",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/107375-illegal.html",
        "title": "VERY ILLEGAL!!!!!!!!",
        "published": datetime(2007, 3, 7, 1, 23, tzinfo=UTC),
        "author": "Bugweed",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/133519-2013-nasc-auction-coming-soon.html",
        "title": "2013 NASC Auction coming soon?",
        "published": datetime(2013, 3, 8, 1, 34, tzinfo=UTC),
        "author": "SgtSarracenia",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/132987-2013-board-elections-january-17-a.html",
        "title": "2013 Board elections: January 17",
        "published": datetime(2012, 12, 28, 3, 40, tzinfo=UTC),
        "author": "Kitkor",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/133077-regarding-recent-giveaway-thread.html",
        "title": "Regarding the Recent Giveaway Thread",
        "published": datetime(2013, 1, 6, 0, 36, tzinfo=UTC),
        "author": "Presto",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/132608-pamphlets.html",
        "title": "pamphlets?",
        "published": datetime(2012, 11, 12, 20, 2, tzinfo=UTC),
        "author": "kwende",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/131112-nasc-seedbank-exist.html",
        "title": "Does the NASC seedbank still exist?",
        "published": datetime(2012, 5, 30, 9, 25, tzinfo=UTC),
        "author": "Tony C",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/130117-nasc-sarracenia-alata-waking.html",
        "title": "NASC Sarracenia alata waking up",
        "published": datetime(2012, 3, 17, 3, 24, tzinfo=UTC),
        "author": "Kitkor",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/129987-nasc-website.html",
        "title": "New NASC website!",
        "published": datetime(2012, 3, 4, 14, 48, tzinfo=UTC),
        "author": "Kitkor",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/129807-nasc-rescue-near-pensacola.html",
        "title": "NASC rescue near Pensacola",
        "published": datetime(2012, 2, 15, 19, 6, tzinfo=UTC),
        "author": "SRMyers",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/129686-join-nasc-growers-commitee.html",
        "title": "Join NASC and the Growers Commitee!",
        "published": datetime(2012, 2, 2, 3, 25, tzinfo=UTC),
        "author": "DroseraBug",
    },
    {
        "link": "http://www.terraforums.com/forums/north-american-sarracenia-conservancy/129122-nasc-2012-board-elections-coming-soon.html",
        "title": "NASC 2012 Board Elections coming up soon!",
        "published": datetime(2011, 12, 1, 21, 8, tzinfo=UTC),
        "author": "Presto",
    },
]
