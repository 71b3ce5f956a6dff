"""Real page: a forum's thread list, the Something Awful Forums' "Debate & Discussion"
(forumdisplay.php?forumid=46, page 1 of 6, forty threads a page, last posts on the evening of 2
January 2013), kept by Awful/Awful.app as a fixture of its thread-list scraper. English. The
list (<table id=forum class=threadlist>, its head "Title (Pages)", "Author", "Re", "Views",
"Rating", "Killed By"): an announcement row first (<a class=announcement>, its author, dashes
for the counts, "21:00 Apr 7, 2014": a row the fixture dates after the threads), then forty <tr
class=thread> rows (one also "closed"): a post-icon link to the forum filtered by that icon,
the title cell (a "Mark as unread" X link and a "Jump to last read post" count link on threads
read before, the title link <a class=thread_title>, on long threads "Pages: 1 2 … Last" links
to the thread's pages), the thread starter's profile link, replies, views, a rating image, and
the last post's time ("23:07 Jan 2, 2013") over the last poster's name linking to that post.
Entries: the announcement and the forty threads, titled by their title links, authored by the
Author column. Dates not scored: the only time a row shows is its last post's (the "Killed By"
column), not when the thread was started. Not entries: the page links, the unread and last-read
links, the last posters, the post-icon filter links above the table and in the rows, the
breadcrumbs, forum menus, the pager and the footer. `now` is an estimate: just after the last
posts, read in the forum's time (US Central).
"""

from datetime import UTC, datetime

url = "https://forums.somethingawful.com/forumdisplay.php?forumid=46"
timezone = "America/Chicago"
now = datetime(2013, 1, 3, 6, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://forums.somethingawful.com/announcement.php?forumid=1",
        "title": "National Change Your Password Day!",
        "author": "Lowtax",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3332697",
        "title": "The Improved Rules of Debate and Discussion - New Update",
        "author": "tonelok",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3520449",
        "title": "Aust Pol Dec- Jan Late Edition : Wiping Out The British One Receptionist At A Time",
        "author": "hambeet",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3526021",
        "title": "The Debt Ceiling & Sequestration Negotiations: how much free money is too much?",
        "author": "Sir Kodiak",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3525444",
        "title": "Political Cartoons 2013: Change subject; add strawman",
        "author": "XyloJW",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3526009",
        "title": "Hurrican Sandy Relief: You Come at Peter King, You Best Not Miss",
        "author": "Joementum",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3525513",
        "title": "Honduran National Congress contemplates authorizing privatized cities",
        "author": "Helsing",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3525389",
        "title": "Student loans, debt and the creation of neoliberal citizens",
        "author": "Helsing",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3526000",
        "title": "End of an Era: Remembering a Hero of the United States Congress",
        "author": "Joementum",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3521148",
        "title": "Isn't nihilism the logical end result of atheism?",
        "author": "Bedlamdan",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3524112",
        "title": "Salon's 2012 Hack List: No really, I'm a nonpartisan pundit.",
        "author": "Solkanar512",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3516420",
        "title": "Change Comes (Again) To Washington: Openly, Aggressively Transitioning To Term Two",
        "author": "Petey",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3390388",
        "title": "Middle East Wars : I/P Free Zone",
        "author": "Lascivious Sloth",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3415552",
        "title": "Freepers: There is always more and it is always worse",
        "author": "The Selling Wizard",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3512233",
        "title": "Dittoheads, Great Americans, Fairness and Balance - Right Wing Media",
        "author": "BiggerBoat",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3526012",
        "title": "United States Armed Forces Veterans (And the agencies that serve them)",
        "author": "GAS CURES KIKES",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3520451",
        "title": "UK Megathread: - Humourless victims of Aussie pranks",
        "author": "Pesmerga",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3515919",
        "title": "The problem with the problem with religion",
        "author": "WYA",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3186581",
        "title": "Got a crazy forwarded political email from your family? Post them here.",
        "author": "Vilerat",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3507451",
        "title": "Canadian Politics Thread: Revenge of Trudeaumania: Brawl Me, Maybe",
        "author": "Dreylad",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3515771",
        "title": "Occupy Wall Street, the Tea Party, and Modern Protest Movements",
        "author": "Helsing",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3518120",
        "title": "Republican rebuilding 2012: Lame Ducks and Clusterf****",
        "author": "Fried Chicken",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3493762",
        "title": "DnD Pictures Thread (if you're too stupid to read the OP, don't post in this thread)",
        "author": "Landsknecht",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3412241",
        "title": "The Best (Worst) Of Conservapedia",
        "author": "Fire",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3525642",
        "title": "Why do employers pay half of payroll taxes? (& independent contracting)",
        "author": "coolskillrex remix",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3522912",
        "title": "revisiting Trayvon Martin",
        "author": "CatCannons",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3483296",
        "title": "Harper's Hard-On for Hardware: the F-35 boondoggle",
        "author": "lonelywurm",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3524553",
        "title": "American Leftism",
        "author": "Fire",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3390024",
        "title": "Finnish Politics Thread",
        "author": "Stefu",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3521054",
        "title": "Filibuster Reform",
        "author": "evilweasel",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3467849",
        "title": "Marriage Equality from sea to shining sea.",
        "author": "UltimoDragonQuest",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3416322",
        "title": "Book Thread and Reading Room",
        "author": "TheOtherContraGuy",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3510590",
        "title": "Grammar Question",
        "author": "MiracleMouse",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3523762",
        "title": "Gay Abortions Awards: The Worst Political Cartoons of 2012",
        "author": "Chamale",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3522799",
        "title": "UK Political Cartoons Mega Thread Part 3",
        "author": "Fluo",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3516351",
        "title": "Off the Fiscal Cliff: Finally, our long national nightmare is extended for two months",
        "author": "Zikan",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3511253",
        "title": "Full marijuana legalization: what happens if Colorado passes it?",
        "author": "showbiz_liz",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3525003",
        "title": "Birth Control discussion thread. Birth control pills getting somewhat closer to being over the coun",
        "author": "blackguy32",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3524781",
        "title": 'Idle No More: Sticking it to a "Shifty Large Lump"',
        "author": "Salaminizer",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3520120",
        "title": "Legitimate Earth Rape: The Fracking Funhouse.",
        "author": "Pobama",
    },
    {
        "link": "https://forums.somethingawful.com/showthread.php?threadid=3510719",
        "title": "Venezuelan elections",
        "author": "a bad enough dude",
    },
]
