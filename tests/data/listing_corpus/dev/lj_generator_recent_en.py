"""Written page rendered by hand from LiveJournal's S2 "Generator" layout (apparentlymart/livejournal
@ 00c330550c120460283ab3f5820169ba1f7dab1d: bin/upgrading/s2layers/generator/layout.s2,
Page::print, Page::print_entry, RecentPage::print_body, CommentInfo::print; GPL-2.0) as a
personal journal's recent-entries page in English. Each entry is a <table class=entrybox>: the
subject in a <td class=caption> that is not a link, "[Dec. 5th, 2026|<b>09:12 am</b>]" in the
<td class=index> beside it (date_format "med" with an ordinal day, time_format's 12-hour clock
with lower-case "am"/"pm"; the journal's zone, America/Los_Angeles, PST in these weeks), the
mood/music/location metadata rows, the text, and a comments row whose links are the only links
to the entry: "<b><a href=…/48213.html>4 comments</a></b>|<a href=…/48213.html?mode=reply>Leave
a comment</a>". The link expected is the entry's address (the comments link); the title is the
subject. The journal's own entries carry no byline (authors None; the owner's name is in the
header box). Not entries: the header's userinfo and calendar links, the navigation box
("earlier").
"""

from datetime import UTC, datetime

url = "https://bluefern.livejournal.com/"
timezone = "America/Los_Angeles"
now = datetime(2026, 12, 5, 20, 0, tzinfo=UTC)

J = "https://bluefern.livejournal.com/"

entries = [
    {
        "link": J + "48213.html",
        "title": "Farmers market haul",
        "published": datetime(2026, 12, 5, 17, 12, tzinfo=UTC),
        "author": None,
    },
    {
        "link": J + "47950.html",
        "title": "Finally finished the quilt",
        "published": datetime(2026, 12, 5, 7, 47, tzinfo=UTC),
        "author": None,
    },
    {
        "link": J + "47701.html",
        "title": "Meme from everyone's friends page",
        "published": datetime(2026, 12, 3, 22, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": J + "47522.html",
        "title": "Rain, rain",
        "published": datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": J + "47308.html",
        "title": "Thanksgiving, briefly",
        "published": datetime(2026, 11, 28, 4, 58, tzinfo=UTC),
        "author": None,
    },
    {
        "link": J + "47011.html",
        "title": "Book list for November",
        "published": datetime(2026, 11, 22, 20, 3, tzinfo=UTC),
        "author": None,
    },
]
