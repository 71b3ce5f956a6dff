"""Real page: the front page of The Boston Globe (bostonglobe.com, Arc Publishing), saved by
the Wayback Machine on 25 March 2024 (links relative to web.archive.org: the expected links
are those addresses resolved). A news front of section blocks: the top stories, "More
recent News", "Recommended reads", "Culture & Lifestyle", "Special Projects", "Opinion,
ideas, and commentary", then a three-story block per section (Metro, Sports, Business,
Politics, Nation, World, Opinion, Lifestyle, Food & dining, Travel, Arts, Books, Movies,
Television, Music, Theater/Dance, Health, Obituaries): each story an <h2 class=headline>
inside its card's link, holding an optional overline ("Ken Mahan | Forecast", "2024 RED SOX
PREVIEW", "DEVRA FIRST": not part of the title), an optional picture, the headline in a
<span id=headline-…> and an optional deck. A story shown in several blocks is one entry;
where its blocks word its headline differently, its title is not scored. No dates (the
special projects' date <div>s are empty) and no bylines on the cards: published and author
None. Not entries: the menus, the trending bar, "FROM OUR PARTNERS", newsletter and
subscription boxes, the footer. `now` is the capture.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpsbostonglobecom (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/"
timezone = "America/New_York"
now = datetime(2024, 3, 25, 10, 35, tzinfo=UTC)

entries = [
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/business/steward-financial-ruin-state-intervention-massachusetts/",
        "title": "On Steward’s path to financial ruin, a series of missed opportunities",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/child-hit-by-driver-in-seaport/",
        "title": "Four-year-old girl dies after being struck by vehicle in Boston’s Seaport",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/metro/boston-5-day-forecast/",
        "title": "It’s a dry, yet bitter, start to the work week with more rain on the way",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/metro/tsarnaev-returns-to-court-a-boston-marathon-bombings-timeline/",
        "title": "The 2013 Boston Marathon bombings: a timeline of events as Dzhokhar Tsarnaev’s case returns to court",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/nation/trump-could-learn-monday-how-ny-wants-collect-457m-owed-his-civil-fraud-case/",
        "title": "Trump could learn Monday how N.Y. wants to collect $457m owed in his civil fraud case",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/stonehill-college-student-injured-in-spain-bike-crash/",
        "title": "Stonehill College student critically injured in bicycle crash in Spain while studying abroad",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/world/un-vote-resolution-demanding-cease-fire-gaza-during-current-muslim-holy-month-ramadan/",
        "title": "UN to vote on resolution demanding a cease-fire in Gaza during current Muslim holy month of Ramadan",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/science/activists-use-whales-to-fight-wind/",
        "title": "What’s behind all these dead whales? Some activists, falsely, blame offshore wind turbines.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/business/vertex-headquarters-seaport/",
        "title": "A decade after sparking the Seaport’s boom, Vertex is considering leaving Fan Pier",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/haiti-crisis-health-aid-workers-massachusetts/",
        "title": "‘This is the worst humanitarian crisis that I’ve seen’: Local aid workers race to help as Haiti lurches toward anarchy",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/battery-powered-improved-service-could-be-coming-to-ts-commuter-rail-in-2027/",
        "title": "Goodbye diesel, hello electric. Battery-powered, improved service could be coming to MBTA’s commuter rail in 2027.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/sports/2024-red-sox-preview-timeline/",
        "title": "Asking evaluators around the league: How long until the Red Sox are good again?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/sports/luke-kornet-celtics/",
        "title": "Tales from the Celtics locker room, and other nuggets from this nine-game surge",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/metro/overall-cost-doing-business-is-outrageous-ri-hospitality-leader-talks-washington-bridge-fiasco-shoddy-tourism-budget-more/",
        "title": "‘Overall cost of doing business is outrageous’: R.I. hospitality leader talks Washington Bridge fiasco, shoddy tourism budget, and more",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/arts/this-weeks-tv-steve-martin-doc-holocaust-drama-throwing-book-3-body-problem/",
        "title": "This week’s TV: A Steve Martin doc, a Holocaust drama, and throwing the book at ‘3 Body Problem’",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/opinion/bps-budget-school-committee/",
        "title": "Boston school spending is too opaque",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/opinion/massachusetts-drought-bill-regional-plan/",
        "title": "Massachusetts needs a regional drought plan",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/opinion/groundwater-depletion-solutions/",
        "title": "Groundwater levels are plummeting around the world",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/opinion/abortion-supreme-court-mifepristone-medication-roe-dobbs/",
        "title": "Supreme Court shouldn’t undermine FDA’s authority on medication abortion",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/opinion/renee-graham-american-unhappiness-deepens/",
        "title": "Americans are unhappier than ever",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/palm-sunday-service-holy-cross/",
        "title": "Palm Sunday draws hundreds for start of Christian Holy Week",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/world/russia-mourns-concert-hall-attack-some-families-are-still-wondering-if-their-members-are-alive/",
        "title": "Four men charged in Moscow attack, showing signs of beatings at hearing as court says two accept guilt",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/lawrence-methuen-public-health-massachusetts-safety/",
        "title": "Lawrence and Methuen partnered to offer better public health. Now, a divorce may be coming.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/man-killed-in-newton-fire/",
        "title": "One man dead following Newton fire; other residents escape unharmed",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/medford-dog-walker-charged-with-animal-cruelty/",
        "title": "Medford dog walker charged with animal cruelty after allegedly beating dog, police say",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/william-whitworth-gracious-editor-who-shaped-atlantics-writing-readers-tastes-dies-87/",
        "title": "William Whitworth, gracious editor who shaped The Atlantic’s writing and readers’ tastes, dies at 87",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/massachusetts-man-detained-immigration-beaten-deported/",
        "title": "A Massachusetts man, detained by ICE for four years, says he was beaten and abused before being deported",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/23/metro/massachusetts-migrant-shelters-community/",
        "title": "After initial outcry, neighbors say overflow shelters housing migrants hardly affect community life",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/21/metro/larry-summers-vocal-critic-of-harvard-successors/",
        "title": "Larry Summers was ousted as Harvard president. He has a lot to say about what’s wrong with the university now.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/lifestyle/food-co-ops-on-rise-nationally-locally/",
        "title": "Locally and nationally, food co-ops are on the rise. Here’s why.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/21/arts/mfa-boston-show-hallyu-the-korean-wave/",
        "title": "At the MFA, South Korean pop culture in full effect",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/21/arts/message-in-a-bottle-dance-to-the-music-of-sting-boston/",
        "title": "‘Message in a Bottle’ tells a refugee family’s survival story through dance to the music of Sting",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/20/arts/netflix-3-body-problem/",
        "title": "Even if sci-fi isn’t your thing, ‘3 Body Problem’ might be",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/20/arts/ghostbusters-frozen-empire-mckenna-grace-finn-wolfhard/",
        "title": "‘Ghostbusters: Frozen Empire’ serves nostalgia, lukewarm",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/01/19/special-projects/lost-world-words/",
        "title": "Lost in a World of Words",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2023/10/18/metro/explore-project-beyond-gilded-gate/",
        "title": "Beyond the Gilded Gate",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2023/12/07/metro/nightmare-mission-hill/",
        "title": "Nightmare in Mission Hill",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2022/12/21/business/boston-doesnt-work-if-t-doesnt-work/",
        "title": "Boston doesn’t work if the T doesn’t work",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/opinion/jeff-jacoby-america-incendiary-civic-discourse/",
        "title": "The phony feeding frenzies over ‘bloodbath’ and ‘hamstringing’",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/opinion/jonathan-haidt-the-anxious-generation/",
        "title": "Why today’s youths are ‘The Anxious Generation’",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/19/opinion/baby-olivia-antiabortion-video/",
        "title": "Why are antiabortion activists going after sex education?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/opinion/ugliness-to-the-rescue-cartoon/",
        "title": "Ugliness to the rescue?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/02/28/opinion/reimagining-downtown-boston/",
        "title": "Blueprints for a new downtown Boston",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/metro/banning-cell-phones-in-schools/",
        "title": "The device debate: Fed up, some schools are banning cell phones",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/sports/carles-gil-revolution-mls-referees/",
        "title": "The Revolution’s Carles Gil is an MLS star. But the referees aren’t treating him like one.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/sports/san-diego-state-yale-ncaa-tournament/",
        "title": "San Diego State ends Yale’s surprise run, sets up rematch of 2023 title game with UConn",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/sports/2024-ncaa-tournament-td-garden-schedule/",
        "title": "NCAA Tournament: Who is playing at TD Garden on Thursday and when?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/sports/boston-college-unlv-nit/",
        "title": "Boston College bounced in second round of NIT by UNLV’s Boone twins",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/sports/us-mexico-concacaf-nations-league/",
        "title": "United States tops Mexico for third straight CONCACAF Nations League crown",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/business/energy-agency-announces-6-billion-slash-emissions-industrial-facilities/",
        "title": "Energy agency announces $6 billion to slash emissions in industrial facilities",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/20/magazine/what-happened-in-the-harvard-medical-school-morgue/",
        "title": "For years, no one noticed body parts disappearing from Harvard’s morgue. Then came a phone call.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/20/magazine/were-body-parts-stolen-from-my-father-at-harvard-morgue/",
        "title": "My father donated his body to Harvard. What happened after was horrifying.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/21/magazine/how-the-1976-flag-attack-photo-lit-the-fire-of-social-justice/",
        "title": "Ted Landsmark on racism, the flag attack photo, and seizing a chance to make change",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/magazine/will-cupid-strike-the-right-tune-with-this-match/",
        "title": "Blind date: ‘Despite the biker jacket, he seemed really approachable’",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/more-than-170000-across-new-england-without-power-sunday-following-weekend-storm/",
        "title": "More than 135,000 across New England without power Monday morning following weekend storm",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/sports/top-seeded-uconn-steamrolls-northwestern-soars-into-sweet-16/",
        "title": "Top-seeded UConn steamrolls Northwestern, soars into Sweet 16",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/sports/mens-college-hockey-ncaa-tournament/",
        "title": "With BC as the No. 1 overall seed and BU at No. 2, Hockey East is well represented in the NCAA men’s tournament",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/sports/matt-strahm-phillies-extension/",
        "title": "Former Red Sox lefthander Matt Strahm agrees to $7.5 million extension with Phillies",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/nation/tiktok-bill-faces-uncertain-fate-senate-legislation-regulate-tech-industry-has-stalled/",
        "title": "TikTok bill faces uncertain fate in the Senate as legislation to regulate tech industry has stalled",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/business/top-places-to-work-nominations/",
        "title": "Work somewhere amazing? We want to know.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/23/business/abigail-johnson-fidelity-fmr-peter-lynch-vanguard-anne-richards/",
        "title": "Fidelity’s Abby Johnson tightens grip on far-flung family empire",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/nation/tammy-murphy-new-jersey-suspends-campaign-senate-menendez/",
        "title": "New Jersey first lady Tammy Murphy suspends her Senate campaign to replace indicted Senator Menendez",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/nation/donald-trump-finances-fraud-manhattan-court/",
        "title": "Trump confronts a moment of truth for his finances in Manhattan court",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/nation/storms-sweep-us-coast-coast-causing-frigid-temps-power-outages-traffic-accidents/",
        "title": "Storms sweep the US from coast to coast causing frigid temps, power outages and traffic accidents",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/nation/trump-is-due-court-hearing-his-hush-money-case-after-new-evidence-delayed-his-trial/",
        "title": "Trump is due in court for a hearing in his hush money case after new evidence delayed his trial",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/world/kyiv-endures-third-air-attack-5-days-russia-steps-up-bombardment-cities/",
        "title": "Kyiv endures a third air attack in 5 days as Russia steps up bombardment of cities",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/25/world/senegalese-await-outcome-peaceful-presidential-vote-following-months-unrest/",
        "title": "Senegalese await the outcome of a peaceful presidential vote, following months of unrest",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/opinion/letters-to-the-editor-mass-climate-chief/",
        "title": "State’s first climate chief is on a mission. Reinforcements are needed.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/lifestyle/when-they-overshare-first-date/",
        "title": "When they overshare on a first date …",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/lifestyle/i-got-sloppy-drunk-front-his-friends/",
        "title": "I got ‘sloppy drunk’ in front of his friends",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/lifestyle/everything-you-wanted-know-about-edibles-were-afraid-or-too-old-ask/",
        "title": "Everything you wanted to know about edibles but were afraid (or too old) to ask",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/21/lifestyle/bandoleros-concord-quick-bite/",
        "title": "At Bandoleros in Concord, an American dream worth waiting for",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/metro/maine-town-top-vacation-spot/",
        "title": "Maine town voted top vacation spot for 2024, according to Real Simple magazine",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/lifestyle/motels-making-comeback/",
        "title": "‘Name a fun city and there’s a cool motel popping up’",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/lifestyle/bostons-last-surviving-friendlys-has-closed/",
        "title": "In memoriam: Boston’s last surviving Friendly’s has closed",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/arts/1million-dance-studio-mfa-late-nites/",
        "title": "1MILLION Dance Studio brings viral K-dance moves to the MFA and beyond",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/magazine/five-things-to-do-in-the-week-ahead/",
        "title": "Five things to do around Boston, March 25-April 7",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/arts/allison-pataki-explores-fascinating-trailblazing-life-transcendentalist-icon-finding-margaret-fuller/",
        "title": "Allison Pataki explores explores life of trailblazing Transcendentalist Margaret Fuller in new book",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/21/arts/new-england-literary-news-march-24/",
        "title": "Poetry Out Loud state champion headed to Washington, D.C.; Jane Yolen publishes anthology celebrating a kid’s world",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/21/arts/waltham-triple-murder-book/",
        "title": "12 years, a docuseries, and one book later, author still looking for answers on 2011 Waltham triple murder",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/arts/strange-kindness-takes-empathy-its-furthest-reaches/",
        "title": "‘Strange Kindness’ takes empathy to its furthest reaches",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/21/arts/ghostbusters-40th-anniversary-1984-original-frozen-empire/",
        "title": "There was something strange in my neighborhood — the day I saw ‘Ghostbusters’",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/21/arts/edward-yang-retrospective-harvard-film-archive/",
        "title": "Where Taipei ends and imagination begins: Harvard Film Archive presents an Edward Yang retrospective",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/arts/despite-renewals-bupkis-uncoupled-wont-move-season-2/",
        "title": "Despite renewals, ‘Bupkis’ and ‘Uncoupled’ won’t move on to season 2",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/arts/springing-forward-with-10-promising-new-shows/",
        "title": "10 promising new TV shows that’ll be springing forward this season",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/24/metro/maurizio-pollini-pianist-who-reveled-demanding-music-dies-82/",
        "title": "Maurizio Pollini, pianist who reveled in demanding music, dies at 82",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/22/arts/wayne-shorter-symphonic-legacy-boston-symphony-orchestra/",
        "title": "It’s Wayne’s world at the BSO, and it’s excellent",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/21/arts/boston-comedy-festival-tony-v/",
        "title": "Boston Comedy Festival honoring a local legend (but please don’t call him that)",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/20/arts/lewis-black-final-tour/",
        "title": "Lewis Black has no complaints about getting off the road",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/19/metro/centurion-foundation-was-only-viable-buyer-roger-williams-fatima-hospitals-ceo-says/",
        "title": "Centurion Foundation was the ‘only viable’ buyer for Roger Williams, Fatima hospitals, CEO says",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/11/metro/agent-orange-exposure-damages-the-brain-in-ways-similar-to-alzheimers-disease-new-study-says/",
        "title": "Agent Orange exposure damages the brain in ways similar to Alzheimer’s disease, new study says",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/04/metro/ri-lifespan-patients-cigna-health-insurance/",
        "title": "R.I.’s largest hospital system may no longer take Cigna health insurance",
        "published": None,
        "author": None,
    },
    {
        "link": "https://web.archive.org/web/20240325103510/https://www.bostonglobe.com/2024/03/23/metro/longtime-baltimore-orioles-owner-peter-angelos-dies-94/",
        "title": "Longtime Baltimore Orioles owner Peter Angelos dies at 94",
        "published": None,
        "author": None,
    },
]
