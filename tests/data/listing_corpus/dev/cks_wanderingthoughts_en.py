"""Real page: a weblog's front page (Chris Siebenmann's "Wandering Thoughts" at the University of
Toronto, a DWiki blog; saved by bitfield/morningpost, a Go news reader, as its test page for feed
autodiscovery, March 2023). Ten whole posts, newest first, each under a centred day marker
(<p class="daymarker"><b>2023-03-09</b></p>) and made of: a small <h2> in <div class="entryid">
whose link is the post's permalink with its wiki page name as text ("ZFSAndNFSMountInvalidation"),
then the post's body, which opens with its own unlinked <h2> headline ("ZFS on Linux and when you
get stale NFSv3 mounts": the title a reader reads, and the title of the blog's Atom entries), many
paragraphs with links into the blog and elsewhere, "(3 comments.)" linking the comments, and a
footer <small> "linux/ZFSAndNFSMountInvalidation written at 22:38:51; Add Comment". Titles are
the body's headlines; published is the day marker with the footer's time of day, in Toronto (all
before the switch to summer time, so UTC-5). No bylines (authors None: the blog has one author,
named only in the page header). Not entries: the links inside the posts, the comment links, the
header, the "Previous 10" pager and the sidebar (about, index, category links). `now` is the commit that saved
the page.
"""

from datetime import UTC, datetime

url = "https://utcc.utoronto.ca/~cks/space/blog/"
timezone = "America/Toronto"
now = datetime(2023, 3, 31, 14, 20, tzinfo=UTC)

entries = [
    {
        "link": "https://utcc.utoronto.ca/~cks/space/blog/linux/ZFSAndNFSMountInvalidation",
        "title": "ZFS on Linux and when you get stale NFSv3 mounts",
        "published": datetime(2023, 3, 10, 3, 38, 51, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://utcc.utoronto.ca/~cks/space/blog/linux/DebconfWhiptailVsXterm",
        "title": "Debconf's questions, or really whiptail, doesn't always work in xterms",
        "published": datetime(2023, 3, 9, 4, 12, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://utcc.utoronto.ca/~cks/space/blog/unix/TerminalColoursNotTheSame",
        "title": "ANSI colours aren't consistent across X terminal programs",
        "published": datetime(2023, 3, 8, 2, 33, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://utcc.utoronto.ca/~cks/space/blog/unix/OpenBSDPflogTcpdump",
        "title": "Special tcpdump filtering options for OpenBSD's pflog interface",
        "published": datetime(2023, 3, 7, 3, 2, 40, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://utcc.utoronto.ca/~cks/space/blog/programming/ChangesHaveContext",
        "title": "An unexciting idea: Code changes have context",
        "published": datetime(2023, 3, 6, 3, 51, 23, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://utcc.utoronto.ca/~cks/space/blog/tech/SSDBlockDiscardHowSecure",
        "title": "How secure is merely discarding (TRIMing) all of a SSD's blocks?",
        "published": datetime(2023, 3, 5, 3, 48, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://utcc.utoronto.ca/~cks/space/blog/tech/DiskErasingWhoAreYouStopping",
        "title": "When securely erasing disks, who are you trying to stop?",
        "published": datetime(2023, 3, 4, 3, 17, 38, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://utcc.utoronto.ca/~cks/space/blog/sysadmin/ModernEmailAddressesUTF8",
        "title": "Modern email addresses can be in UTF-8",
        "published": datetime(2023, 3, 3, 4, 6, 6, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://utcc.utoronto.ca/~cks/space/blog/linux/SystemdDynamicUserNFSAndGroups",
        "title": "A gotcha with Systemd's DynamicUser, supplementary groups, and NFS (v3)",
        "published": datetime(2023, 3, 2, 3, 27, 2, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://utcc.utoronto.ca/~cks/space/blog/linux/UbuntuCanonicalProduct",
        "title": "Ubuntu is a Canonical product",
        "published": datetime(2023, 3, 1, 3, 5, 28, tzinfo=UTC),
        "author": None,
    },
]
