"""Real page: Ars Technica's front page (arstechnica.com, 18 December 2015), saved with a browser
("Save Page As", its pictures in "Ars Technica_files/") by scrapinghub/aile for its tests.
English (en-us). Stories, each an <article>: "In-Depth Reports" (<section id=stories-main>, 25
stories in <li class=post>: a picture and the headline <h1 class=heading> in one link, an
excerpt); beside them a "Feature Story" (<article class=main-feature>: sash, headline and excerpt
in one link, the byline in a <footer>) above "On The Radar" (<ol id=stories-brief>, 32 short
stories: a kicker <h2> "BOMBSHELL!", "unlocked", "O_o" above the headline link <h1
class=heading><a>, an excerpt). Every story has the byline "by <a><span itemprop=name>Jon
Brodkin</span></a> - <span class=date title="Thu Dec 17 2015 23:37:48 GMT+0100 (CET)"
data-time=1450391868>Dec 17, 11:37pm CET</span>" (the saving browser's zone, CET: no year, a
12-hour clock, the zone's abbreviation) and a comment count link. Entries: the 58 stories in
page order, titled by their headline (without kicker or sash), dated by the byline's day and
time (the year is the page's, December 2015), authored by the byline's name. The "Top Post:"
headline above the columns links a radar story (the same entry). Not entries: the rightmost
column, a sidebar (<section id=recent-feature>: a "Recent Feature Stories" box of four older
features, "Watch Ars Video", "Stay in the know with" social links), the section menu, "Latest
Story", the ads, the pager and the footer.
"""

from datetime import UTC, datetime

url = "http://arstechnica.com/"
timezone = "Europe/Berlin"
now = datetime(2015, 12, 18, 0, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://arstechnica.com/business/2015/12/comcast-att-and-t-mobile-must-explain-data-cap-exemptions-to-fcc/",
        "title": "Comcast, AT&T, and T-Mobile must explain data cap exemptions to FCC",
        "published": datetime(2015, 12, 17, 22, 37, tzinfo=UTC),
        "author": "Jon Brodkin",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/noaa-hands-over-some-e-mails-for-congressmans-subpoena/",
        "title": "NOAA hands over some e-mails for Congressman’s subpoena",
        "published": datetime(2015, 12, 17, 22, 20, tzinfo=UTC),
        "author": "Scott K. Johnson",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/science-fares-relatively-well-in-new-budget-agreement/",
        "title": "Science fares relatively well in new budget agreement",
        "published": datetime(2015, 12, 17, 21, 30, tzinfo=UTC),
        "author": "John Timmer",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/when-elon-musk-goes-to-mars-he-wont-be-troubled-by-planetary-protection/",
        "title": "When Elon Musk goes to Mars, he won’t be overly troubled by planetary protection",
        "published": datetime(2015, 12, 17, 21, 22, tzinfo=UTC),
        "author": "Eric Berger",
    },
    {
        "link": "http://arstechnica.com/security/2015/12/outlook-letterbomb-exploit-could-auto-open-attacks-in-e-mail/",
        "title": "Outlook “letterbomb” exploit could auto-open attacks in e-mail",
        "published": datetime(2015, 12, 17, 21, 10, tzinfo=UTC),
        "author": "Sean Gallagher",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/behold-the-catalog-of-cellphone-spying-gear-the-feds-dont-want-you-to-see/",
        "title": "Behold, the catalog of cellphone spying gear the feds don’t want you to see",
        "published": datetime(2015, 12, 17, 20, 20, tzinfo=UTC),
        "author": "Dan Goodin",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/turing-pharmaceuticals-martin-shkreli-arrested-for-security-fraud/",
        "title": "Turing’s reviled Shkreli indicted for securities fraud over “Ponzi-like” scheme [Updated]",
        "published": datetime(2015, 12, 17, 19, 32, tzinfo=UTC),
        "author": "Beth Mole",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/chicago-doubles-down-on-300-million-lawsuit-against-red-light-camera-firm/",
        "title": "Chicago doubles down on $300 million lawsuit against red light camera firm",
        "published": datetime(2015, 12, 17, 19, 22, tzinfo=UTC),
        "author": "Cyrus Farivar",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/an-evolutionary-analysis-of-anti-evolution-legislation/",
        "title": "An evolutionary analysis of anti-evolution legislation",
        "published": datetime(2015, 12, 17, 19, 0, tzinfo=UTC),
        "author": "John Timmer",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/rightscorp-wins-landmark-ruling-cox-hit-with-25m-verdict-in-copyright-case/",
        "title": "Rightscorp wins landmark ruling, Cox hit with $25M verdict in copyright case",
        "published": datetime(2015, 12, 17, 18, 51, tzinfo=UTC),
        "author": "Joe Mullin",
    },
    {
        "link": "http://arstechnica.com/business/2015/12/comcast-admits-data-cap-meter-blunder-charges-wrong-customer-for-overage/",
        "title": "Comcast customer discovers huge mistake in company’s data cap meter",
        "published": datetime(2015, 12, 17, 18, 16, tzinfo=UTC),
        "author": "Jon Brodkin",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/pre-crime-arrives-in-the-uk-better-make-sure-your-face-stays-off-the-crowdsourced-watch-list/",
        "title": "Pre-crime arrives in the UK with a crowdsourced watch list",
        "published": datetime(2015, 12, 17, 14, 35, tzinfo=UTC),
        "author": "Sebastian Anthony",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/two-atoms-make-quantum-memory-processing-gate-and-test-of-entanglement/",
        "title": "Two atoms make quantum memory, processing gate, and test of entanglement",
        "published": datetime(2015, 12, 17, 0, 0, tzinfo=UTC),
        "author": "John Timmer",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/copyright-tribunal-slaps-pandora-with-20-percent-rate-increase/",
        "title": "Copyright tribunal slaps Pandora with 20 percent rate increase [Updated]",
        "published": datetime(2015, 12, 16, 22, 44, tzinfo=UTC),
        "author": "Joe Mullin",
    },
    {
        "link": "http://arstechnica.com/apple/2015/12/mini-review-a-week-with-apples-lumpy-new-iphone-battery-case/",
        "title": "Mini-review: A week with Apple’s lumpy new iPhone battery case",
        "published": datetime(2015, 12, 16, 22, 0, tzinfo=UTC),
        "author": "Andrew Cunningham",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/congress-nasa-must-not-only-go-to-europa-it-must-land/",
        "title": "Congress: NASA must not only go to Europa, it must land",
        "published": datetime(2015, 12, 16, 21, 50, tzinfo=UTC),
        "author": "Eric Berger",
    },
    {
        "link": "http://arstechnica.com/the-multiverse/2015/12/syfys-the-magicians-and-the-dangers-of-adapting-adult-harry-potter/",
        "title": "SyFy’s The Magicians and the dangers of adapting “adult Harry Potter”",
        "published": datetime(2015, 12, 16, 21, 30, tzinfo=UTC),
        "author": "Kathryn VanArendonk",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/senate-probing-whether-cruz-leaked-classified-surveillance-data-during-debate/",
        "title": "Senate probing whether Cruz leaked classified surveillance data during debate—Update",
        "published": datetime(2015, 12, 16, 20, 5, tzinfo=UTC),
        "author": "David Kravets",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/woman-sues-airbnb-after-finding-hidden-camera-in-her-rental/",
        "title": "Woman sues Airbnb after finding hidden camera in her rental",
        "published": datetime(2015, 12, 16, 19, 52, tzinfo=UTC),
        "author": "Joe Mullin",
    },
    {
        "link": "http://arstechnica.com/gaming/2015/12/survey-gamers-are-poorer-more-male-less-white-than-game-players/",
        "title": "Survey: “Gamers” are poorer, more male, less white than “game players”",
        "published": datetime(2015, 12, 16, 19, 10, tzinfo=UTC),
        "author": "Kyle Orland",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/trump-doesnt-want-isis-using-our-internet/",
        "title": "Trump doesn’t want ISIS “using our Internet”",
        "published": datetime(2015, 12, 16, 18, 5, tzinfo=UTC),
        "author": "Jon Brodkin",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/short-term-brain-experiments-may-mislead-on-long-term-impacts/",
        "title": "Short-term brain experiments may mislead on long-term impacts",
        "published": datetime(2015, 12, 16, 16, 29, tzinfo=UTC),
        "author": "Roheeni Saxena",
    },
    {
        "link": "http://arstechnica.com/security/2015/12/when-a-single-e-mail-gives-hackers-full-access-to-your-network/",
        "title": "When a single e-mail gives hackers full access to your network",
        "published": datetime(2015, 12, 16, 15, 51, tzinfo=UTC),
        "author": "Dan Goodin",
    },
    {
        "link": "http://arstechnica.com/business/2015/12/amazon-urges-uk-customers-to-dispose-of-unsafe-self-balancing-scooters/",
        "title": "Amazon UK urges customers to dispose of unsafe hoverboards",
        "published": datetime(2015, 12, 16, 14, 5, tzinfo=UTC),
        "author": "Andrii Degeler",
    },
    {
        "link": "http://arstechnica.com/gaming/2015/12/rares-management-to-blame-for-kinect-focus-and-not-microsoft-says-ex-employee/",
        "title": "Ex-employee: Rare’s management to blame for Kinect focus, not Microsoft",
        "published": datetime(2015, 12, 16, 13, 55, tzinfo=UTC),
        "author": "Mark Walton",
    },
    {
        "link": "http://arstechnica.com/information-technology/2015/12/rsync-net-zfs-replication-to-the-cloud-is-finally-here-and-its-fast/",
        "title": "rsync.net: ZFS Replication to the cloud is finally here—and it’s fast",
        "published": datetime(2015, 12, 17, 13, 0, tzinfo=UTC),
        "author": "Jim Salter",
    },
    {
        "link": "http://arstechnica.com/security/2015/12/unauthorized-code-in-juniper-firewalls-decrypts-encrypted-vpn-traffic/",
        "title": "“Unauthorized code” in Juniper firewalls decrypts encrypted VPN traffic",
        "published": datetime(2015, 12, 17, 23, 50, tzinfo=UTC),
        "author": "Dan Goodin",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/lifelock-id-protection-service-to-pay-record-100-million-for-failing-customers/",
        "title": "LifeLock ID protection service to pay record $100 million for failing customers",
        "published": datetime(2015, 12, 17, 21, 42, tzinfo=UTC),
        "author": "Megan Geuss",
    },
    {
        "link": "http://arstechnica.com/cars/2015/12/hacker-hacks-off-tesla-with-claims-of-self-driving-car/",
        "title": "Hacker hacks off Tesla with claims of self-driving car",
        "published": datetime(2015, 12, 17, 21, 37, tzinfo=UTC),
        "author": "Jonathan M. Gitlin",
    },
    {
        "link": "http://arstechnica.com/gadgets/2015/12/windows-10-mobile-upgrade-wont-hit-older-phones-until-2016/",
        "title": "Windows 10 Mobile upgrade won’t hit older phones until 2016",
        "published": datetime(2015, 12, 17, 20, 25, tzinfo=UTC),
        "author": "Andrew Cunningham",
    },
    {
        "link": "http://arstechnica.com/the-multiverse/2015/12/video-memories-storytelling-and-star-wars-spoilers/",
        "title": "Video memories, storytelling, and Star Wars spoilers (no actual spoilers!)",
        "published": datetime(2015, 12, 17, 20, 10, tzinfo=UTC),
        "author": "Lee Hutchinson",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/blackberry-ceo-says-apple-has-gone-to-dark-place-with-pro-privacy-stance/",
        "title": "Blackberry CEO says Apple has gone to a “dark place” with pro-privacy stance",
        "published": datetime(2015, 12, 17, 18, 22, tzinfo=UTC),
        "author": "David Kravets",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/google-ramps-up-eu-lobbying-as-antitrust-charges-proceed/",
        "title": "Google ramps up EU lobbying as antitrust charges proceed",
        "published": datetime(2015, 12, 17, 17, 58, tzinfo=UTC),
        "author": "Joe Mullin",
    },
    {
        "link": "http://arstechnica.com/staff/2015/12/dealmaster-get-a-32gb-moto-x-pure-edition-unlocked-smartphone-for-349/",
        "title": "Dealmaster: Get a 32GB Moto X Pure Edition unlocked smartphone for $349",
        "published": datetime(2015, 12, 17, 17, 23, tzinfo=UTC),
        "author": "Ars Staff",
    },
    {
        "link": "http://arstechnica.com/apple/2015/12/apple-gets-a-new-coo-puts-phil-schiller-in-charge-of-the-app-store/",
        "title": "Apple gets a new COO, puts Phil Schiller in charge of the App Store",
        "published": datetime(2015, 12, 17, 16, 6, tzinfo=UTC),
        "author": "Andrew Cunningham",
    },
    {
        "link": "http://arstechnica.com/gaming/2015/12/microsoft-makes-16-more-xbox-360-games-playable-on-xbox-one/",
        "title": "Microsoft makes 16 more Xbox 360 games playable on Xbox One",
        "published": datetime(2015, 12, 17, 15, 1, tzinfo=UTC),
        "author": "Kyle Orland",
    },
    {
        "link": "http://arstechnica.com/gaming/2015/12/league-of-legends-now-owned-entirely-by-chinese-giant-tencent/",
        "title": "League of Legends now owned entirely by Chinese giant Tencent",
        "published": datetime(2015, 12, 17, 13, 55, tzinfo=UTC),
        "author": "Cassandra Khaw",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/busted-by-online-package-tracking-drug-dealer-receives-100-month-sentence/",
        "title": "Busted by online package tracking, drug dealer gets more than 8 years in prison",
        "published": datetime(2015, 12, 16, 23, 25, tzinfo=UTC),
        "author": "Cyrus Farivar",
    },
    {
        "link": "http://arstechnica.com/information-technology/2015/12/onedrive-for-business-to-get-unlimited-storage-for-enterprise-customers/",
        "title": "OneDrive for Business to get unlimited storage for enterprise customers",
        "published": datetime(2015, 12, 16, 20, 8, tzinfo=UTC),
        "author": "Peter Bright",
    },
    {
        "link": "http://arstechnica.com/cars/2015/12/germany-approves-30-minute-software-update-fix-for-cheating-volkswagen-diesels/",
        "title": "Germany approves 30-minute software update fix for cheating Volkswagen diesels",
        "published": datetime(2015, 12, 16, 19, 43, tzinfo=UTC),
        "author": "Megan Geuss",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/turings-shkreli-on-drug-price-hike-it-gets-people-talking-thats-what-art-is/",
        "title": "Turing’s Shkreli on drug price-hike: “It gets people talking… that’s what art is”",
        "published": datetime(2015, 12, 16, 19, 30, tzinfo=UTC),
        "author": "Beth Mole",
    },
    {
        "link": "http://arstechnica.com/cars/2015/12/self-driving-ford-fusions-are-coming-to-california-next-year/",
        "title": "Self-driving Ford Fusions are coming to California next year",
        "published": datetime(2015, 12, 16, 18, 38, tzinfo=UTC),
        "author": "Jonathan M. Gitlin",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/cop-who-wanted-to-take-pic-of-erection-in-sexting-case-commits-suicide/",
        "title": "Cop who wanted to photograph teen’s erection in sexting case commits suicide",
        "published": datetime(2015, 12, 16, 17, 10, tzinfo=UTC),
        "author": "David Kravets",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/republicans-in-congress-let-net-neutrality-rules-live-on-for-now/",
        "title": "Republicans in Congress let net neutrality rules live on (for now)",
        "published": datetime(2015, 12, 16, 15, 17, tzinfo=UTC),
        "author": "Jon Brodkin",
    },
    {
        "link": "http://arstechnica.com/gaming/2015/12/report-hideo-kojima-has-officially-left-konami-formed-new-studio/",
        "title": "Confirmed: Kojima leaves Konami to work on PS4 console exclusive [Updated]",
        "published": datetime(2015, 12, 16, 14, 54, tzinfo=UTC),
        "author": "Kyle Orland",
    },
    {
        "link": "http://arstechnica.com/information-technology/2015/12/netflix-moves-towards-adaptive-encoding-less-bandwidth-for-my-little-pony-more-for-avengers/",
        "title": "Netflix to offer less bandwidth for My Little Pony, more for Avengers",
        "published": datetime(2015, 12, 16, 14, 24, tzinfo=UTC),
        "author": "Cassandra Khaw",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/final-nasa-budget-bill-fully-funds-commercial-crew-and-earth-science/",
        "title": "Final NASA budget bill fully funds commercial crew and Earth science",
        "published": datetime(2015, 12, 16, 13, 54, tzinfo=UTC),
        "author": "Eric Berger",
    },
    {
        "link": "http://arstechnica.com/information-technology/2015/12/firefox-for-windows-finally-has-an-official-stable-64-bit-build/",
        "title": "Firefox for Windows finally has an official, stable 64-bit build",
        "published": datetime(2015, 12, 16, 13, 48, tzinfo=UTC),
        "author": "Sebastian Anthony",
    },
    {
        "link": "http://arstechnica.com/gaming/2015/12/smash-bros-dlc-concludes-with-bayonetta-super-mario-rpg-geno-costume/",
        "title": "Smash Bros. DLC concludes with Bayonetta, Super Mario RPG Geno costume",
        "published": datetime(2015, 12, 15, 23, 35, tzinfo=UTC),
        "author": "Sam Machkovech",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/new-xprize-competition-looks-for-a-better-underwater-robot/",
        "title": "New XPRIZE competition looks for a better underwater robot",
        "published": datetime(2015, 12, 15, 23, 10, tzinfo=UTC),
        "author": "Scott K. Johnson",
    },
    {
        "link": "http://arstechnica.com/gadgets/2015/12/googles-new-data-only-project-fi-tablet-plans-dont-charge-device-fees/",
        "title": "Google’s new data-only Project Fi tablet plans don’t charge device fees",
        "published": datetime(2015, 12, 15, 21, 57, tzinfo=UTC),
        "author": "Andrew Cunningham",
    },
    {
        "link": "http://arstechnica.com/tech-policy/2015/12/tech-firms-could-owe-up-to-4-of-global-revenue-if-they-violate-new-eu-data-law/",
        "title": "Tech firms could owe up to 4% of global revenue if they violate new EU data law",
        "published": datetime(2015, 12, 15, 21, 50, tzinfo=UTC),
        "author": "Cyrus Farivar",
    },
    {
        "link": "http://arstechnica.com/gadgets/2015/12/android-pay-adds-in-app-purchasing-feature-catches-up-to-apple-pay/",
        "title": "Android Pay adds in-app purchasing feature, catches up to Apple Pay",
        "published": datetime(2015, 12, 15, 18, 6, tzinfo=UTC),
        "author": "Megan Geuss",
    },
    {
        "link": "http://arstechnica.com/gadgets/2015/12/pebbles-new-health-app-integrates-with-timeline-suggests-tips-to-get-healthier/",
        "title": "Pebble’s new Health app integrates with Timeline, suggests tips to get healthier",
        "published": datetime(2015, 12, 15, 18, 0, tzinfo=UTC),
        "author": "Valentina Palladino",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/websites-may-soon-know-if-youre-mad-a-little-mouse-will-tell-them/",
        "title": "Websites may soon know if you’re mad—a little mouse will tell them",
        "published": datetime(2015, 12, 15, 17, 54, tzinfo=UTC),
        "author": "Beth Mole",
    },
    {
        "link": "http://arstechnica.com/the-multiverse/2015/12/dust-bowl-returns-as-an-expedition-in-oath-of-the-gatewatch/",
        "title": "Dust Bowl returns as an Expedition in Oath of the Gatewatch",
        "published": datetime(2015, 12, 15, 15, 42, tzinfo=UTC),
        "author": "Kyle Chapman",
    },
    {
        "link": "http://arstechnica.com/science/2015/12/orbitar-really-some-new-exoplanet-names-are-downright-weird/",
        "title": "Orbitar, really? Some new exoplanet names are downright weird",
        "published": datetime(2015, 12, 15, 15, 18, tzinfo=UTC),
        "author": "Eric Berger",
    },
    {
        "link": "http://arstechnica.com/security/2015/12/13-million-mackeeper-users-exposed-after-mongodb-door-was-left-open/",
        "title": "13 million MacKeeper users exposed after MongoDB door was left open",
        "published": datetime(2015, 12, 15, 14, 21, tzinfo=UTC),
        "author": "Andrii Degeler",
    },
]
