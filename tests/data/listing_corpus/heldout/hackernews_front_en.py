"""Real page: the Hacker News front page (news.ycombinator.com), saved by damoeb/rss-proxy for its
tests. A table: per story a row with the rank, a vote arrow and the title link (class storylink,
mostly to other sites; Ask HN posts link to item?id=...), then a subtext row "151 points by
<user> 6 hours ago | flag | hide | 44 comments". Job posts have no user. Dates are relative
("6 hours ago"); `now` is taken as 4 September 2019, 18:00 UTC.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://news.ycombinator.com/news"
timezone = "UTC"
now = datetime(2019, 9, 4, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.notechmagazine.com/2019/09/off-grid-solar-powered-zero-battery-refrigerator.html",
        "title": "Off-Grid, Solar-Powered, Zero-Battery Refrigerator",
        "published": datetime(2019, 9, 4, 12, 0, tzinfo=UTC),
        "author": "Red_Tarsius",
    },
    {
        "link": "https://www.scientificamerican.com/article/a-successful-artificial-memory-has-been-created/",
        "title": "The growing science of memory manipulation raises social and ethical questions",
        "published": datetime(2019, 9, 4, 11, 0, tzinfo=UTC),
        "author": "occamschainsaw",
    },
    {
        "link": "https://www.davidschlachter.com/misc/t480-freebsd",
        "title": "FreeBSD on the Lenovo Thinkpad",
        "published": datetime(2019, 9, 4, 12, 0, tzinfo=UTC),
        "author": "dddddaviddddd",
    },
    {
        "link": "http://fm.csl.sri.com/SSFT15/Timeline.pages.pdf",
        "title": "Timeline for Logic, λ-Calculus, and Programming Language Theory (2012) [pdf]",
        "published": datetime(2019, 9, 4, 13, 0, tzinfo=UTC),
        "author": "adamnemecek",
    },
    {
        "link": "http://plasmasturm.org/log/453/",
        "title": "Tree traversal without recursion: the tree as a state machine (2007)",
        "published": datetime(2019, 9, 4, 12, 0, tzinfo=UTC),
        "author": "userbinator",
    },
    {
        "link": "https://github.com/timesler/facenet-pytorch",
        "title": "Face Recognition Using Pytorch",
        "published": datetime(2019, 9, 4, 12, 0, tzinfo=UTC),
        "author": "timesler",
    },
    {
        "link": "https://www.atlasobscura.com/articles/nushu-chinese-script-women",
        "title": "Nüshu, a 19th-Century Chinese Script Only Women Could Write (2017)",
        "published": datetime(2019, 9, 4, 9, 0, tzinfo=UTC),
        "author": "diodorus",
    },
    {
        "link": "https://www.nytimes.com/2019/09/02/world/africa/internet-shutdown-economy.html",
        "title": "Life in an Internet Shutdown",
        "published": datetime(2019, 9, 4, 15, 0, tzinfo=UTC),
        "author": "laurex",
    },
    {
        "link": "https://www.npr.org/sections/thesalt/2019/09/02/754316710/meet-the-man-who-guards-americas-ketchup",
        "title": "The Man Who Guards America's Ketchup",
        "published": datetime(2019, 9, 4, 13, 0, tzinfo=UTC),
        "author": "NaOH",
    },
    {
        "link": "https://www.forbes.com/sites/johnkoetsier/2019/09/02/hong-kong-protestors-using-mesh-messaging-app-china-cant-block-usage-up-3685/#5134be9135a5",
        "title": "Hong Kong Protestors Using Mesh Messaging App China Can't Block: Usage Up 3685%",
        "published": datetime(2019, 9, 4, 17, 0, tzinfo=UTC),
        "author": "bmking",
    },
    {
        "link": "https://sctyner.github.io/OpenForSciR/",
        "title": "Open Forensic Science in R",
        "published": datetime(2019, 9, 4, 4, 0, tzinfo=UTC),
        "author": "josefslerka",
    },
    {
        "link": "https://thegradient.pub/nlps-clever-hans-moment-has-arrived/",
        "title": "NLP's Clever Hans Moment Has Arrived",
        "published": datetime(2019, 9, 4, 5, 0, tzinfo=UTC),
        "author": "pgodzin",
    },
    {
        "link": "https://bitmovin.com/careers-legacy/4408259002/?gh_jid=4408259002",
        "title": "Bitmovin (YC S15) Hires a Support Engineer in Denver",
        "published": datetime(2019, 9, 4, 17, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/commentisfree/2019/sep/02/amazon-destruction-earth-brazilian-kayapo-people",
        "title": "We, the peoples of the Amazon, are full of fear. Soon you will be too",
        "published": datetime(2019, 9, 4, 15, 0, tzinfo=UTC),
        "author": "laurex",
    },
    {
        "link": "https://www.damninteresting.com/the-eponymous-mr-ponzi",
        "title": "The Eponymous Mr. Ponzi",
        "published": datetime(2019, 9, 4, 13, 0, tzinfo=UTC),
        "author": "NaOH",
    },
    {
        "link": "https://www.forbes.com/sites/johnkoetsier/2019/09/02/hong-kong-protestors-using-mesh-messaging-app-china-cant-block-usage-up-3685/#382a2076135a",
        "title": "Hong Kong protestors using Bridgefy's Bluetooth-based mesh network messaging app",
        "published": datetime(2019, 9, 4, 7, 0, tzinfo=UTC),
        "author": "rmason",
    },
    {
        "link": "https://www.livescience.com/44593-first-hummingbird-evolutionary-tree.html",
        "title": "Hummingbird Evolution Was Fast, but Is Slowing (2014)",
        "published": datetime(2019, 9, 4, 15, 0, tzinfo=UTC),
        "author": "Hooke",
    },
    {
        "link": "https://www.lamag.com/citythinkblog/waze-los-angeles-neighborhoods/",
        "title": "Traffic apps turned L.A.’s neighborhoods into ”shortcuts”",
        "published": datetime(2019, 9, 4, 12, 0, tzinfo=UTC),
        "author": "80mph",
    },
    {
        "link": "http://www.econtalk.org/graham-on-start-ups-innovation-and-creativity/",
        "title": "Paul Graham on Startups, Innovation, and Creativity (2009) [audio]",
        "published": datetime(2019, 9, 4, 6, 0, tzinfo=UTC),
        "author": "tosh",
    },
    {
        "link": "https://thenextweb.com/security/2019/09/02/fraudsters-deepfake-ceos-voice-to-trick-manager-into-transferring-243000/",
        "title": "Fraudsters deepfake CEO’s voice to trick manager into transferring $243,000",
        "published": datetime(2019, 9, 4, 17, 0, tzinfo=UTC),
        "author": "tosh",
    },
    {
        "link": "https://www.spectator.co.uk/2019/08/if-only-georges-simenon-had-been-a-bit-more-like-maigret/",
        "title": "If only Georges Simenon had been a bit more like Maigret",
        "published": datetime(2019, 9, 4, 16, 0, tzinfo=UTC),
        "author": "lermontov",
    },
    {
        "link": "https://leandromoreira.com.br/2019/08/02/linux-ffmpeg-source-internals-a-good-software-design/",
        "title": "Good Code Design from Linux",
        "published": datetime(2019, 9, 4, 8, 0, tzinfo=UTC),
        "author": "dreampeppers99",
    },
    {
        "link": "https://www.theguardian.com/world/2019/aug/31/flight-risk-can-we-take-the-carbon-out-of-air-travel",
        "title": "Flight risk: can we take the carbon out of air travel?",
        "published": datetime(2019, 9, 4, 7, 0, tzinfo=UTC),
        "author": "elorant",
    },
    {
        "link": "https://www.citylab.com/transportation/2019/08/commute-time-city-size-transportation-urban-planning-history/597055/",
        "title": "A Commuting Principle That Shaped Urban History",
        "published": datetime(2019, 9, 4, 14, 0, tzinfo=UTC),
        "author": "motiw",
    },
    {
        "link": "https://www.iafrikan.com/2019/09/02/south-africa-mass-surveillance-spying-undersea-fiber-cables/",
        "title": "South African authorities admit to mass surveillance",
        "published": datetime(2019, 9, 4, 6, 0, tzinfo=UTC),
        "author": "iafrikan",
    },
    {
        "link": "https://www.youtube.com/watch?v=ld28AU7DDB4",
        "title": "Reinforcement Learning 10: Classic Games Case Study (2018) [video]",
        "published": datetime(2019, 9, 4, 7, 0, tzinfo=UTC),
        "author": "lawrenceyan",
    },
    {
        "link": "https://patents.google.com/patent/US20160217368A1/en",
        "title": "Google patents application: Batch normalization layers",
        "published": datetime(2019, 9, 4, 12, 0, tzinfo=UTC),
        "author": "wwilson",
    },
    {
        "link": "https://melmagazine.com/en-us/story/inside-the-world-of-investigators-who-know-youve-faked-your-death",
        "title": "Investigators who know you’ve faked your death",
        "published": datetime(2019, 9, 4, 9, 0, tzinfo=UTC),
        "author": "empath75",
    },
    {
        "link": "http://xn--5ca.cc/jack-of-diamonds/#Faces",
        "title": "Show HN: Face Generator",
        "published": datetime(2019, 9, 4, 3, 0, tzinfo=UTC),
        "author": "aljmyl",
    },
    {
        "link": "https://nationalpost.com/opinion/robert-fulford-the-mystery-of-the-missing-millionaire-continues-to-enthrall",
        "title": "The mystery of the missing millionaire Ambrose Small",
        "published": datetime(2019, 9, 4, 5, 0, tzinfo=UTC),
        "author": "wormold",
    },
]
