"""Real page: the games category of a technology news site (venturebeat.com/category/games/,
"GamesBeat", WordPress, June 2023), saved by Steven-Pinkerton/Trading-System as a test's index
page. `lang="en-US"`. The menus with their drop-downs, "GamesBeat" as <h1>, a featured block
(<div class=FeaturedArticles>: a hero and two <article>s, each one link around a picture and an
<h2>, no dates: the editors' picks, not entries of the river), then <div class=story-river> of
thirty-seven <article class=ArticleListing>: a picture link (its `title` "'Permalink to …"), an
optional label ("VB Event"), the <h2 class=ArticleListing__title> link, and the byline — the
author's profile link and "<time datetime="2023-06-19T06:00:00-07:00">June 19, 2023 6:00
AM</time>" (Pacific time). Dates: the instant. Authors: the profile link's name. Not entries:
the menus, the featured block, the footer's links. `now` is the commit that saved it (20 June
2023, 02:05 UTC): the newest card is of 19 June.
"""

from datetime import UTC, datetime

url = "https://venturebeat.com/category/games/"
timezone = "America/Los_Angeles"
now = datetime(2023, 6, 20, 2, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://venturebeat.com/games/hidden-door-launches-playtests-for-wizard-of-oz-games-created-by-generative-ai/",
        "title": "Hidden Door launches playtests for Wizard of Oz games created by generative AI",
        "published": datetime(2023, 6, 19, 13, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/u-s-game-and-esports-revenue-to-grow-from-54-1b-to-72b-by-2027-pwc/",
        "title": "Traditional gaming shrinks to 26.7% of game and esports revenue as overall U.S. sales head to $72B by 2027 | PwC",
        "published": datetime(2023, 6, 19, 4, 1, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/not-e3-2023-wrap-up-from-mainstream-to-boutique-kaser-focus/",
        "title": "Not-E3 2023 wrap-up: From mainstream to boutique | Kaser Focus",
        "published": datetime(2023, 6, 16, 21, 38, tzinfo=UTC),
        "author": "Rachel Kaser",
    },
    {
        "link": "https://venturebeat.com/games/ready-games-launches-tools-for-building-web3-mobile-games/",
        "title": "Ready Games launches tools for building Web3 mobile games",
        "published": datetime(2023, 6, 16, 14, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/roleverse-empowers-users-to-make-their-own-games-with-generative-ai/",
        "title": "Roleverse empowers users to make their own games with generative AI",
        "published": datetime(2023, 6, 16, 13, 30, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/layers-of-fear-comes-to-the-mac-on-june-15/",
        "title": "Layers of Fear comes to the Mac on June 15",
        "published": datetime(2023, 6, 15, 16, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/offchain-labs-is-building-xai-as-a-layer-3-blockchain-platform-for-games/",
        "title": "Offchain Labs is building Xai as a Layer 3 blockchain platform for games",
        "published": datetime(2023, 6, 15, 16, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/thirdverse-gets-27k-matches-in-1st-week-for-x8-vr-multiplayer-hero-shooter/",
        "title": "Thirdverse touts engagement for free-to-play X8 VR multiplayer hero shooter",
        "published": datetime(2023, 6, 15, 15, 30, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/epic-games-launches-metahuman-animator-to-capture-high-quality-human-faces/",
        "title": "Epic Games launches MetaHuman Animator to capture high-quality human faces with an iPhone",
        "published": datetime(2023, 6, 15, 14, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/how-ukraines-pingle-studio-is-moving-up-the-food-chain-in-games-kirk-scott-interview/",
        "title": "How Ukraine’s Pingle Studio is moving up the food chain in games | Kirk Scott interview",
        "published": datetime(2023, 6, 15, 13, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/m-o-b-a-network-acquires-gaming-modder-wargraphs-for-up-to-53-9m/",
        "title": "M.O.B.A. Network acquires gaming modder Wargraphs for up to $53.9M",
        "published": datetime(2023, 6, 15, 13, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/intel-announces-biggest-processor-brand-update-in-15-years/",
        "title": "Intel announces biggest processor brand update in 15 years",
        "published": datetime(2023, 6, 15, 13, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/insights-from-xsolla-president-on-the-latest-game-industry-stats/",
        "title": "Insights from Xsolla president on the latest game industry stats",
        "published": datetime(2023, 6, 15, 12, 37, tzinfo=UTC),
        "author": "VB Staff",
    },
    {
        "link": "https://venturebeat.com/games/logitechs-streamlabs-add-podcast-editor-to-streaming-tools/",
        "title": "Logitech’s Streamlabs add Podcast Editor to streaming tools",
        "published": datetime(2023, 6, 15, 12, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/ai/the-number-of-tech-unicorns-fell-40-in-2022-global-startup-ecosystem-report/",
        "title": "The number of tech unicorns fell 40% in 2022 | Global Startup Ecosystem report",
        "published": datetime(2023, 6, 15, 10, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/mobile-gaming-studio-million-victories-raises-6-5m-in-funding/",
        "title": "Mobile gaming studio Million Victories raises $6.5M in funding",
        "published": datetime(2023, 6, 14, 21, 56, tzinfo=UTC),
        "author": "Rachel Kaser",
    },
    {
        "link": "https://venturebeat.com/games/how-massive-is-making-two-blockbusters-at-the-same-time-thomas-andren-interview/",
        "title": "How Massive is making two blockbusters at the same time | Thomas Andren interview",
        "published": datetime(2023, 6, 14, 13, 30, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/unstoppable-domains-launches-nft-cars-with-metarides-racing/",
        "title": "Unstoppable Domains launches NFT cars with MetaRides Racing",
        "published": datetime(2023, 6, 14, 13, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/ed-boon-on-mortal-kombat-1s-new-features-and-twists/",
        "title": "Ed Boon on Mortal Kombat 1’s new features and twists",
        "published": datetime(2023, 6, 13, 16, 21, tzinfo=UTC),
        "author": "Mike Minotti",
    },
    {
        "link": "https://venturebeat.com/games/nfl-rivals-hybrid-web3-mobile-game-gets-nearly-a-million-downloads/",
        "title": "NFL Rivals hybrid Web3 mobile game gets nearly a million downloads",
        "published": datetime(2023, 6, 13, 13, 30, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/nvidia-teams-with-hexagon-to-transform-industrial-digital-twins/",
        "title": "Nvidia teams with Hexagon to transform industrial digital twins",
        "published": datetime(2023, 6, 13, 2, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/capcoms-showcase-includes-dragons-dogma-ace-attorney-news/",
        "title": "Capcom’s showcase includes Dragon’s Dogma, Ace Attorney news",
        "published": datetime(2023, 6, 12, 23, 18, tzinfo=UTC),
        "author": "Rachel Kaser",
    },
    {
        "link": "https://venturebeat.com/games/star-wars-outlaws-features-scoundrelly-stealth-and-gunplay/",
        "title": "Star Wars Outlaws features scoundrelly stealth and gunplay",
        "published": datetime(2023, 6, 12, 20, 12, tzinfo=UTC),
        "author": "Rachel Kaser",
    },
    {
        "link": "https://venturebeat.com/games/ftc-injunction-microsoft-activision-blizzard-merger/",
        "title": "FTC seeks injunction to block $68.7B Microsoft acquisition of Activision Blizzard",
        "published": datetime(2023, 6, 12, 18, 41, tzinfo=UTC),
        "author": "Jordan Fragen",
    },
    {
        "link": "https://venturebeat.com/games/ubisoft-unveils-the-story-of-avatar-frontiers-of-pandora-coming-december-7/",
        "title": "Ubisoft unveils the story of Avatar: Frontiers of Pandora, coming December 7",
        "published": datetime(2023, 6, 12, 18, 15, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/assassins-creed-mirage-ubisoft-pulls-the-veils-on-the-latest-adventure-preview/",
        "title": "Assassin’s Creed: Mirage — Ubisoft pulls the veils on the latest adventure | Preview",
        "published": datetime(2023, 6, 12, 18, 15, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/ubisofts-the-division-resurgence-is-hardcore-experience-on-mobile-hands-on-preview/",
        "title": "Ubisoft’s The Division: Resurgence is hardcore experience on mobile | Hands-on preview",
        "published": datetime(2023, 6, 12, 18, 15, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/ubisofts-prince-of-persia-the-lost-crown-returns-to-side-scrolling-platformer-hands-on-preview/",
        "title": "Ubisoft’s Prince of Persia: The Lost Crown returns to side-scrolling platformer | Hands-on preview",
        "published": datetime(2023, 6, 12, 18, 15, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/skull-bones-holds-a-closed-beta-in-late-august/",
        "title": "Skull & Bones holds a closed beta in late August",
        "published": datetime(2023, 6, 12, 18, 7, tzinfo=UTC),
        "author": "Rachel Kaser",
    },
    {
        "link": "https://venturebeat.com/games/assassins-creed-nexus-takes-the-series-to-vr/",
        "title": "Assassin’s Creed Nexus takes the series to VR",
        "published": datetime(2023, 6, 12, 17, 56, tzinfo=UTC),
        "author": "Mike Minotti",
    },
    {
        "link": "https://venturebeat.com/games/embark-studios-sets-second-beta-for-the-finals-for-june-14-21/",
        "title": "Embark Studios sets the second beta for The Finals for June 14-21",
        "published": datetime(2023, 6, 12, 12, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/stampede-racing-royale-is-a-kart-racing-battle-royale-that-nintendo-should-have-done/",
        "title": "Stampede: Racing Royale is a kart-racing battle royale that Nintendo should have done",
        "published": datetime(2023, 6, 11, 20, 35, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/stormgate-brings-back-that-starcraft-feeling-with-a-new-rts-universe-hands-on-preview/",
        "title": "Stormgate brings back that StarCraft feeling with a new RTS universe | hands-on preview",
        "published": datetime(2023, 6, 11, 20, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/frost-giant-cofounders-finally-talk-about-gameplay-for-their-real-time-strategy-title-stormgate/",
        "title": "Frost Giant cofounders finally talk about gameplay for their real-time strategy title Stormgate",
        "published": datetime(2023, 6, 11, 20, 0, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/we-finally-get-a-deep-dive-on-starfield/",
        "title": "We finally get a deep dive on Starfield",
        "published": datetime(2023, 6, 11, 18, 30, tzinfo=UTC),
        "author": "Dean Takahashi",
    },
    {
        "link": "https://venturebeat.com/games/xbox-series-s-1tb-storage-september-1/",
        "title": "Xbox adds more storage to Series S on September 1",
        "published": datetime(2023, 6, 11, 18, 21, tzinfo=UTC),
        "author": "Jordan Fragen",
    },
    {
        "link": "https://venturebeat.com/games/inxile-reveals-new-game-clockwork-revolution/",
        "title": "InXile reveals new game, Clockwork Revolution",
        "published": datetime(2023, 6, 11, 18, 8, tzinfo=UTC),
        "author": "Mike Minotti",
    },
]
