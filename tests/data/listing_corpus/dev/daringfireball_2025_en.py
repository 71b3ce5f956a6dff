"""Real page: the home page of Daring Fireball as of October 2025, saved by
Ranchero-Software/NetNewsWire for its RSCore tests. Same structure as in 2016: linked-list items
(<dl class=linkedlist>, the <dt>'s first link to the other site, then a "★" permalink) under day
headings (<h2 class=dateline>), and full articles (<div class=article>, <h1> permalink, <h6
class=dateline>). A linked item's link is its permalink; the other site's address is accepted
too (``also``). Items before the first day heading have no date on the page: not scored.
"""

from datetime import UTC, date, datetime

url = "https://daringfireball.net/"
timezone = "America/New_York"
now = datetime(2025, 10, 21, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://daringfireball.net/linked/2025/10/20/unencrypted-satellite-data",
        "also": ["https://satcom.sysnet.ucsd.edu/"],
        "title": "Eavesdropping on Internal Networks via Unencrypted Satellites",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/20/when-design-drives-behavior",
        "also": ["https://world.hey.com/jason/when-design-drives-behavior-49baf157"],
        "title": "When Design Drives Behavior",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/20/heer-m5-mbp-charger",
        "also": ["https://pxlnv.com/linklog/macbook-pro-charger-brouhaha/"],
        "title": "Apple Lowered the Price of the New MacBook Pro for Most of the Eurpopean Countries Where It No Longer Ships With an Included Power Adapter",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/20/uk-eu-hardware-directives-macbook-chargers",
        "also": ["https://daringfireball.net/linked/2025/10/16/m5-mbp-no-power-adapter-in-europe"],
        "title": "More on the Lack of an Included Charger With New M5 MacBooks in Europe, Including the U.K. and Norway",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/20/go-computer-now-kickstarter",
        "also": ["https://www.kickstarter.com/projects/bzotto/go-computer-now-the-story-of-sphere"],
        "title": "Kickstarter Campaign for Ben Zotto’s ‘Go Computer Now!’, a Book on Sphere, the Nearly Forgotten Personal Computer Company",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/20/london-phone-theft",
        "also": [
            "https://www.nytimes.com/2025/10/15/world/europe/london-police-phone-theft-china-gang.html?unlocked_article_code=1.u08.0dqv.RfHSG9CDuk4i&smid=url-share"
        ],
        "title": "How London Became a Global Hub for Phone Theft",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/20/apple-tv-peacock-bundle",
        "also": [
            "https://www.apple.com/newsroom/2025/10/apple-and-nbcuniversal-introduce-the-apple-tv-and-peacock-bundle/"
        ],
        "title": "Apple and NBCUniversal Introduce the Apple TV and Peacock Bundle",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/20/counterpoint-research-iphones-17",
        "also": ["https://www.cnbc.com/2025/10/20/apple-stock-iphone-17-us-china-sales.html"],
        "title": "Counterpoint Research Claims iPhone 17 Sales Are Up Year-Over-Year in the U.S. and China",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/20/hockney-xerox-prints",
        "also": ["https://www.myartbroker.com/artist-david-hockney/articles/david-hockney-xerox-prints"],
        "title": "David Hockney’s Xerox Prints",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/20/no-kings-protest-photos",
        "also": [
            "https://www.theatlantic.com/photography/archive/2025/10/photos-no-kings-protests-across-america/684600/?gift=xw1ABCFnadCHxRLYMsWCkxkq7lcITrmN2tq1-jBOYrA"
        ],
        "title": "Photos From Saturday’s ‘No Kings’ Protests Across the U.S.",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/20/major-aws-outage",
        "also": ["https://www.theverge.com/news/802486/aws-outage-alexa-fortnite-snapchat-offline"],
        "title": "Major AWS Outage",
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/19/mux",
        "also": ["https://www.mux.com/video-api?utm_campaign=fireball&utm_source=DF"],
        "title": "Mux: Video API for Developers",
        "published": date(2025, 10, 19),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/17/m5-mbp-vs-m4-mba",
        "also": [
            "https://www.apple.com/mac/compare/?modelList=MacBook-Air-M4,MacBook-Pro-14-M5,MacBook-Pro-14-M4-Pro"
        ],
        "title": "The Base M5 MacBook Pro vs. the M4 MacBook Air",
        "published": date(2025, 10, 17),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/17/steve-jobs-coin",
        "also": [
            "https://www.usmint.gov/news/press-releases/united-states-mint-releases-2026-american-innovation-one-dollar-coin-program-designs"
        ],
        "title": "United States Mint to Release Commemorative $1 Steve Jobs Coin",
        "published": date(2025, 10, 17),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/17/belloni-cue-interview",
        "also": [
            "https://www.theringer.com/podcasts/the-town-with-matthew-belloni/2025/10/14/apples-true-intentions-in-hollywood-with-top-exec-eddy-cue"
        ],
        "title": "Matthew Belloni Interviews Eddy Cue on ‘The Town’",
        "published": date(2025, 10, 17),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/17/apple-formula-1",
        "also": [
            "https://www.apple.com/newsroom/2025/10/apple-is-the-exclusive-new-broadcast-partner-for-formula-1-in-the-us/"
        ],
        "title": "Apple Is the Exclusive New Broadcast Partner for Formula 1 in the U.S.",
        "published": date(2025, 10, 17),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/16/m5-mbp-no-power-adapter-in-europe",
        "also": ["https://www.macrumors.com/2025/10/15/new-macbook-pro-lacks-charger-in-europe/"],
        "title": "M5 MacBook Pro Does Not Include a Charger in the Box in Europe",
        "published": date(2025, 10, 16),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/16/oatmeal-ai-art",
        "also": ["https://theoatmeal.com/comics/ai_art"],
        "title": "Matthew Inman of The Oatmeal: ‘A Cartoonist’s Review of AI Art’",
        "published": date(2025, 10, 16),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/2025/10/m5_chip_launches_with_macbook_pro_ipad_pro_vision_pro",
        "title": "The Just Plain M5 Chip Launches in Three Updated Products: 14-Inch MacBook Pro, iPad Pro (Both Sizes), and Some Sort of Headset Thingamajig Called Vision Pro",
        "published": date(2025, 10, 15),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/15/tivo-stops-selling-dvrs",
        "also": ["https://cordcuttersnews.com/tivo-stops-selling-dvrs-marking-the-end-of-an-era/"],
        "title": "TiVo Stops Selling DVRs",
        "published": date(2025, 10, 15),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/15/halo-fund-1password",
        "also": [
            "https://www.businesswire.com/news/home/20251009156976/en/Halo-Fund-Announces-Strategic-Secondary-Investment-in-1Password"
        ],
        "title": "‘Halo Fund Announces Strategic Secondary Investment in 1Password’",
        "published": date(2025, 10, 15),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/14/engst-liquid-glass",
        "also": ["https://tidbits.com/2025/10/09/how-to-turn-liquid-glass-into-a-solid-interface/"],
        "title": "‘How to Turn Liquid Glass Into a Solid Interface’",
        "published": date(2025, 10, 14),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/14/snell-f1-apple",
        "also": ["https://sixcolors.com/post/2025/10/looking-for-the-red-flags-in-apples-formula-1-tv-deal/"],
        "title": "‘Looking for the Red Flags in Apple’s Formula 1 TV Deal’",
        "published": date(2025, 10, 14),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/13/apple-tv-minus",
        "also": [
            "https://www.apple.com/tv-pr/news/2025/10/apple-original-films-blockbuster-feature-f1-the-movie-from-joseph-kosinski-to-make-global-streaming-debut-on-friday-december-12-2025/"
        ],
        "title": "Apple Renames ‘Apple TV+’ to ‘Apple TV’",
        "published": date(2025, 10, 13),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/13/clips-eol",
        "also": ["https://support.apple.com/en-us/123359"],
        "title": "Apple Announces the End-of-Life for Clips",
        "published": date(2025, 10, 13),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/13/ddos-iot-krebs",
        "also": ["https://krebsonsecurity.com/2025/10/ddos-botnet-aisuru-blankets-us-isps-in-record-ddos/"],
        "title": "The World’s Largest, Most Disruptive Botnet Is Exploiting Compromised Internet-of-Things (IoT) Devices",
        "published": date(2025, 10, 13),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/13/prime-full-metal-jacket-born-to-kill",
        "also": ["https://www.warhistoryonline.com/news/full-metal-jacket-born-to-kill-amazon.html"],
        "title": "Before Taking the Guns Out of the Bond Posters, Amazon Prime Bowdlerized the Poster for ‘Full Metal Jacket’",
        "published": date(2025, 10, 13),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/13/trump-dementia-checkin",
        "also": ["https://truthsocial.com/@realDonaldTrump/posts/115359345947837427"],
        "title": "Let’s Check in on the Mad King’s Spiral Into Dementia",
        "published": date(2025, 10, 13),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/11/drata",
        "also": ["https://drata.com/daring"],
        "title": "Drata",
        "published": date(2025, 10, 11),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/11/the-savant-apple-tv",
        "also": ["https://deadline.com/2025/09/the-savant-jessica-chastain-postponed-apple-1236553658/"],
        "title": "Apple Has Indefinitely Postponed Jessica Chastain’s Apple TV+ Thriller ‘The Savant’, for Political Reasons",
        "published": date(2025, 10, 11),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/11/saul-zabar-rip",
        "also": ["https://www.nytimes.com/2025/10/07/dining/saul-zabar-dead.html"],
        "title": "Saul Zabar, Smoked Fish Czar of Upper West Side, Dies at 97",
        "published": date(2025, 10, 11),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/11/bond-poster-guns",
        "also": ["https://www.darkhorizons.com/amazon-fixes-james-bond-art-sort-of/"],
        "title": "Amazon Hamfistedly Removed the Guns From Prime’s James Bond Movie Posters",
        "published": date(2025, 10, 11),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/10/apple-newsroom-lakers-immersive",
        "also": [
            "https://www.apple.com/newsroom/2025/10/spectrum-brings-nba-games-in-apple-immersive-to-apple-vision-pro/"
        ],
        "title": "Apple Newsroom on the Immersive Vision Pro Lakers Broadcasts",
        "published": date(2025, 10, 10),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/09/apple-immersive-video-lakers",
        "also": [
            "https://www.techradar.com/streaming/entertainment/wish-you-could-be-courtside-at-a-lakers-game-put-your-vision-pro-back-on-and-fire-up-the-nba-app"
        ],
        "title": "Some Lakers Games This Season Will Be Broadcast Live in Immersive Video for Vision Pro",
        "published": date(2025, 10, 9),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/09/apple-app-store-deicer",
        "also": ["https://migrantinsider.com/p/scoop-apple-quietly-made-ice-agents"],
        "title": "Apple’s Justification for Removing DeICER From the App Store",
        "published": date(2025, 10, 9),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/09/apple-banned-eyes-up",
        "also": ["https://www.404media.co/apple-banned-an-app-that-simply-archived-videos-of-ice-abuses/"],
        "title": "Apple Banned an App That Simply Archived Videos of ICE Abuses",
        "published": date(2025, 10, 9),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/08/apple-france-siri-opt-in-recordings",
        "also": [
            "https://www.bloomberg.com/news/articles/2025-10-06/apple-faces-probe-in-france-over-voice-recordings-made-by-siri"
        ],
        "title": "Apple Faces French Investigation Over Opt-In Siri Voice Recordings",
        "published": date(2025, 10, 8),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/08/notopoulos-sora-vs-vibes",
        "also": ["https://www.threads.com/@katienotopoulos/post/DPRAi3ZDUfJ"],
        "title": "Katie Notopoulos on the Difference Between Sora and Meta Vibes",
        "published": date(2025, 10, 8),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/08/mg-sora",
        "also": ["https://spyglass.org/soras-slop-hits-different/"],
        "title": "‘Sora’s Slop Hits Different’",
        "published": date(2025, 10, 8),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/08/nobel-prize-physics",
        "also": ["https://www.nytimes.com/2025/10/07/science/nobel-prize-physics.html"],
        "title": "Nobel Prize in Physics Is Awarded for Work in Quantum Mechanics",
        "published": date(2025, 10, 8),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/linked/2025/10/07/new-in-ios-261-beta-2",
        "also": ["https://9to5mac.com/2025/10/06/everything-new-in-ios-26-1-beta-2/"],
        "title": "What’s New or Changed in iOS 26.1 Beta 2",
        "published": date(2025, 10, 7),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/2025/10/iceblock_removed_from_app_store",
        "title": "Complying With ‘Demand’ From Trump Administration, Apple Removes ICEBlock From App Store",
        "published": date(2025, 10, 3),
        "author": None,
    },
    {
        "link": "https://daringfireball.net/2025/09/apple_on_the_digital_markets_act",
        "title": "Apple on the Digital Markets Act",
        "published": date(2025, 9, 26),
        "author": None,
    },
]
