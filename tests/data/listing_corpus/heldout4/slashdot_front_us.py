"""Real page: Slashdot's front page (slashdot.org, lang=en) of Sunday 11 September 2022, saved
by spacecowboy/Feeder for its feed-icon tests. Fifteen <article class="fhitem fhitem-story …"
data-fhtype=story>: a topic icon, <h2 class=story> with <span class=story-title> holding the
headline link (protocol-relative, to the story on a section host such as
hardware.slashdot.org) and the source's link "(nytimes.com)" to another site, a comment
bubble; then "Posted by EditorDavid <time datetime="on Sunday September 11, 2022 @03:38PM">on
Sunday September 11, 2022 @03:38PM</time> from the hot-water dept." and the story's text.
Titles: the headline link's text (the source's name apart). Authors: the editor who posted
it. Dates: US Eastern time (EDT, UTC-4): the zone is not written, but every story's link
carries its UTC creation clock ("/story/22/09/11/1931213/" for a story posted at 03:38PM, 19:38
UTC), minutes before the posted time read as EDT. Not entries: the source links, the
sidebar's <article>s (Slashdot Top Deals, Slashdot Deals, the poll, Most Discussed, Hot
Comments, This Day on Slashdot, Sourceforge Top Downloads), menus, pager and footer. `now` is
the fixture's first commit (18 September 2022).
"""

from datetime import UTC, datetime

url = "https://slashdot.org/"
timezone = "America/New_York"
now = datetime(2022, 9, 18, 8, 21, tzinfo=UTC)

entries = [
    {
        "link": "https://hardware.slashdot.org/story/22/09/11/1931213/how-a-tiny-toad-could-upend-a-us-geothermal-project",
        "title": "How A Tiny Toad Could Upend a US Geothermal Project",
        "published": datetime(2022, 9, 11, 19, 38, tzinfo=UTC),  # on Sunday September 11, 2022 @03:38PM
        "author": "EditorDavid",
    },
    {
        "link": "https://yro.slashdot.org/story/22/09/11/1836219/what-else-happens-when-your-face-is-your-passport",
        "title": "What Else Happens When Your Face is Your Passport?",
        "published": datetime(2022, 9, 11, 18, 38, tzinfo=UTC),  # on Sunday September 11, 2022 @02:38PM
        "author": "EditorDavid",
    },
    {
        "link": "https://linux.slashdot.org/story/22/09/11/047224/exploring-gnome-based-uis-for-mobile-linux-devices",
        "title": "Exploring GNOME-Based UIs For Mobile Linux Devices",
        "published": datetime(2022, 9, 11, 17, 34, tzinfo=UTC),  # on Sunday September 11, 2022 @01:34PM
        "author": "EditorDavid",
    },
    {
        "link": "https://it.slashdot.org/story/22/09/11/0314234/powerful-new-linux-malware-shikitega-uses-unusual-multi-stage-stealth",
        "title": "Powerful New Linux Malware Shikitega Uses Unusual Multi-Stage Stealth",
        "published": datetime(2022, 9, 11, 16, 34, tzinfo=UTC),  # on Sunday September 11, 2022 @12:34PM
        "author": "EditorDavid",
    },
    {
        "link": "https://science.slashdot.org/story/22/09/11/0016223/china-claims-its-discovered-a-new-mineral-in-its-2020-samples-from-the-moon",
        "title": "China Claims It's Discovered a New Mineral in Its 2020 Samples from the Moon",
        "published": datetime(2022, 9, 11, 15, 34, tzinfo=UTC),  # on Sunday September 11, 2022 @11:34AM
        "author": "EditorDavid",
    },
    {
        "link": "https://it.slashdot.org/story/22/09/10/2230207/laying-off-five-security-staffers-patreon-disputes-reports-its-their-entire-security-team",
        "title": "Laying Off Five Security Staffers, Patreon Disputes Reports It's Their Entire Security Team",
        "published": datetime(2022, 9, 11, 14, 34, tzinfo=UTC),  # on Sunday September 11, 2022 @10:34AM
        "author": "EditorDavid",
    },
    {
        "link": "https://hardware.slashdot.org/story/22/09/10/2150254/tesla-considers-building-a-lithium-refinery-for-ev-batteries-in-texas",
        "title": "Tesla Considers Building a Lithium Refinery for EV Batteries in Texas",
        "published": datetime(2022, 9, 11, 11, 34, tzinfo=UTC),  # on Sunday September 11, 2022 @07:34AM
        "author": "EditorDavid",
    },
    {
        "link": "https://hardware.slashdot.org/story/22/09/11/0750205/last-nuclear-reactor-stopped-at-ukraines-zaporizhzhia-plant",
        "title": "Last Nuclear Reactor Stopped at Ukraine's Zaporizhzhia Plant",
        "published": datetime(2022, 9, 11, 7, 55, tzinfo=UTC),  # on Sunday September 11, 2022 @03:55AM
        "author": "EditorDavid",
    },
    {
        "link": "https://games.slashdot.org/story/22/09/11/0129252/chesscom-bans-19-year-old-accused-of-cheating-but-no-evidence-he-cheated-against-magnus-carlsen",
        "title": "Chess.com Bans 19-Year-Old Accused of Cheating, But No Evidence He Cheated Against Magnus Carlsen",
        "published": datetime(2022, 9, 11, 4, 34, tzinfo=UTC),  # on Sunday September 11, 2022 @12:34AM
        "author": "EditorDavid",
    },
    {
        "link": "https://entertainment.slashdot.org/story/22/09/10/2330226/new-avatar-movie-and-star-wars-tv-trailers-revealed-at-d23-conference",
        "title": "New Avatar Movie and Star Wars TV Trailers Revealed at D23 Conference",
        "published": datetime(2022, 9, 11, 1, 34, tzinfo=UTC),  # on Saturday September 10, 2022 @09:34PM
        "author": "EditorDavid",
    },
    {
        "link": "https://entertainment.slashdot.org/story/22/09/10/0439239/geek-writes-a-song-a-day-for-13-years-celebrates-song-5000-with-big-nft-auction",
        "title": "Geek Writes a Song a Day for 13 Years, Celebrates Song #5,000 With Big NFT Auction",
        "published": datetime(2022, 9, 10, 22, 34, tzinfo=UTC),  # on Saturday September 10, 2022 @06:34PM
        "author": "EditorDavid",
    },
    {
        "link": "https://science.slashdot.org/story/22/09/10/037249/nasa-makes-risc-v-the-go-to-ecosystem-for-future-space-missions",
        "title": "NASA Makes RISC-V the Go-to Ecosystem for Future Space Missions",
        "published": datetime(2022, 9, 10, 21, 34, tzinfo=UTC),  # on Saturday September 10, 2022 @05:34PM
        "author": "EditorDavid",
    },
    {
        "link": "https://science.slashdot.org/story/22/09/10/2020233/a-quarter-of-healthcare-orgs-say-ransomware-attacks-result-in-patient-deaths",
        "title": "A Quarter of Healthcare Orgs Say Ransomware Attacks Result In Patient Deaths",
        "published": datetime(2022, 9, 10, 20, 35, tzinfo=UTC),  # on Saturday September 10, 2022 @04:35PM
        "author": "EditorDavid",
    },
    {
        "link": "https://yro.slashdot.org/story/22/09/10/1947205/us-announces-space-companies-coalition-to-prepare-skilled-tech-workforce-for-space-jobs",
        "title": "US Announces Space-Companies Coalition to Prepare Skilled Tech Workforce for Space Jobs",
        "published": datetime(2022, 9, 10, 19, 53, tzinfo=UTC),  # on Saturday September 10, 2022 @03:53PM
        "author": "EditorDavid",
    },
    {
        "link": "https://hardware.slashdot.org/story/22/09/10/1841202/offsite-power-supply-destroyed-whats-happens-next-at-ukraines-zaporizhzhia-nuclear-plant",
        "title": "Offsite Power Supply Destroyed. What's Happens Next at Ukraine's Zaporizhzhia Nuclear Plant",
        "published": datetime(2022, 9, 10, 18, 43, tzinfo=UTC),  # on Saturday September 10, 2022 @02:43PM
        "author": "EditorDavid",
    },
]
