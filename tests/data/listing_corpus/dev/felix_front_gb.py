"""Real page: a student newspaper's home page (Felix, Imperial College London; the site as frozen
in 2020, built by Hugo and deployed on 24 March 2021), kept by FelixOnline/v2 in its `public`
branch, the deployed build committed by its CI. A headline block (a lead image and three
headline summaries: a section name, a title link, a subtitle, "By …" in a <span>) over 19
section blocks (news, politics, comment, science, arts, … postgraduate), each a header link and
four cards of the section page's markup: a thumbnail link, a title link, a cut subtitle, "By …".
Two of the three headlines are also cards of their sections (one entry per address); the third
(the halls rent vote) is only in the headline block. A card whose
byline is only "By " has no author (None). No dates on the page (the day is only in the
addresses): published None. Not entries: the section header links, the sidebar's "Most Recent"
box (three links, all of them cards of the section blocks too),
"Latest Issue" (a PDF and the archive), the newsletter box, navigation and footer. `now` is the
deploy commit.
"""

from datetime import UTC, datetime

url = "https://old.felixonline.co.uk/"
timezone = "Europe/London"
now = datetime(2021, 3, 24, 18, 53, tzinfo=UTC)

entries = [
    {
        "link": "https://old.felixonline.co.uk/articles/2020-04-05-new-website/",
        "title": "We've moved to a new location: felixonlinesummer.uk",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-felix-general-election-poll-results-2019/",
        "title": "Felix 2019 General Election Poll: Results",
        "published": None,
        "author": "Isabelle Zhang",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-union-council-votes-reject-increase-halls-rent/",
        "title": "Union Council Votes 36:1 to Reject Increase in Halls Rent Price",
        "published": None,
        "author": "Isabelle Zhang",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-ethical-investment-paper-passed-college-council/",
        "title": "Ethical Investment Paper Passed by College Council",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-felix-interviews-anne-barrett-college-archivist/",
        "title": "Felix Interviews: Anne Barrett, College Archivist",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-space-final-frontier/",
        "title": "Space: The Final Frontier",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-decade-of-uk-politics/",
        "title": "A Decade of UK Politics",
        "published": None,
        "author": "Ansh Bhatnagar",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-end-of-decade-spain/",
        "title": "The End of a Decade: Spain",
        "published": None,
        "author": None,
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-rise-and-fall-of-jo-swinsons-liberal-democrats/",
        "title": "The Rise and Fall of Jo Swinson’s Liberal Democrats",
        "published": None,
        "author": "Lloyd T James",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-20-why-pick-choose-support-people/",
        "title": "Why do we Pick and Choose when to Support People?",
        "published": None,
        "author": "Damilola Toriola",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-icbc-reflect-mental-health-spreading-awareness-rowing-community/",
        "title": "ICBC Reflect on Mental Health and Spreading Awareness in the Rowing Community",
        "published": None,
        "author": "Abhijay Sood",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-not-corbyn-blame-labour-centrists/",
        "title": "It is Not Corbyn that we Should be Blaming but Labour Centrists",
        "published": None,
        "author": "Calum Drysdale",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-end-of-decade-italy/",
        "title": "The End of a Decade: Italy",
        "published": None,
        "author": "Luca Rameli",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-70-years-STEM-nobel-prizes-fields-medals/",
        "title": "70 Years of STEM Nobel Prizes & Fields Medals",
        "published": None,
        "author": "Julia Dabrowska",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-seven-decades-of-discovery/",
        "title": "Seven Decades of Discovery",
        "published": None,
        "author": "Julia Dabrowska",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-sir-geoffrey-wilkinson-imperials-honoured-chemist-recipient-1973-nobel-chemistry/",
        "title": "Sir Geoffrey Wilkinson: Imperial’s Honoured Chemist and Recipient of the 1973 Nobel Prize in...",
        "published": None,
        "author": "Arianne New",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-reimagined-redesigned-revamped/",
        "title": "Reimagined, Redesigned, and Revamped",
        "published": None,
        "author": "Christine Parry",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-29-after-collapse-man-jellyfish/",
        "title": "After the Collapse of Man Comes… Jellyfish?",
        "published": None,
        "author": "Amanda Hertzberg",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-29-cyrano-bergerac-love-letters-language/",
        "title": "Cyrano de Bergerac: Love Letters to Language",
        "published": None,
        "author": "Syon Lee",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-29-midsummer-in-winter/",
        "title": "Midsummer in Midwinter",
        "published": None,
        "author": "Charles Titmuss",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-29-a-christmas-carol/",
        "title": "A Christmas Carol",
        "published": None,
        "author": "Laura Casas",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-2019-in-review-best-films-this-year/",
        "title": "2019 in Review: The Best Films I’ve Seen this Year",
        "published": None,
        "author": "Zuzanna Janusz",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-festive-favourites/",
        "title": "Festive Favourites",
        "published": None,
        "author": "Charlotte Arrand",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-knives-out/",
        "title": "Knives Out (2019)",
        "published": None,
        "author": "Dominic Ede",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-mind-gap-movies-look-out-for-break/",
        "title": "Mind the Gap: Movies to Look Out for this Break",
        "published": None,
        "author": "Jasmin Daley",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-best-of-the-decade-editors-choice-jia/",
        "title": "Best of the Decade: Editor’s Choice (Jia Qi Tan)",
        "published": None,
        "author": "Jia Qi Tan",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-best-of-decade-editors-choice-ozbil/",
        "title": "Best of the Decade: Editor’s Choice (Ozbil Ege Dumenci)",
        "published": None,
        "author": "Ozbil Ege Dumenci",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-binge-of-week-the-crown-season-3/",
        "title": "Binge of the Week: The Crown (Season 3)",
        "published": None,
        "author": "Ozbil Ege Dumenci",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-the-marvelous-mrs-maisel-seasons-1-and-2/",
        "title": "The Marvelous Mrs. Maisel (Seasons 1 and 2)",
        "published": None,
        "author": "Jia Qi Tan",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-brief-history-jazz/",
        "title": "A Brief History of Jazz",
        "published": None,
        "author": "Miles Gulliford",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-amnioverse-a-perfect-album-listening-experience/",
        "title": "Amnioverse: A Perfect Album Listening Experience",
        "published": None,
        "author": "Guthrie Ruby",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-FKA-twigs-live/",
        "title": "FKA Twigs - Live",
        "published": None,
        "author": "Miles Gulliford",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-hiphop-genre-of-decade/",
        "title": "Hip Hop: The Genre Of The Decade",
        "published": None,
        "author": "Asad Raja",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-halo-reach-pc-perfect-port-flawed-game/",
        "title": "Halo Reach on PC: A Perfect Port, but a Flawed Game",
        "published": None,
        "author": "Henry Alman",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-game-awards-nominees-discussion-editors-top-picks-of-year/",
        "title": "The Game Awards: Nominees, Discussion and Editor’s Top Picks of the Year. Time to get Hyped!",
        "published": None,
        "author": "Freddie Ugo",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-most-influentiual-games-decade-felix-games-breaks-it-down/",
        "title": "The Most Influential Games of the Decade: Felix Games Breaks it Down",
        "published": None,
        "author": "Freddie Ugo",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-guide-video-game-collecting-2019/",
        "title": "A Guide to Video Game Collecting in 2019",
        "published": None,
        "author": "Freddie Ugo",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-dos-donts-christmas-dinner-keep-festive-mood-student-budget/",
        "title": "The Do’s and Don’t of a Student Christmas Dinner: How to Keep the Festive Mood on a Student Budget",
        "published": None,
        "author": "Syon Lee",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-pasta-aglio-e-olio-recipe/",
        "title": "Recipe: Pasta Aglio e Olio",
        "published": None,
        "author": "Haider Nazerali",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-ultimate-guide-pasta-shapes/",
        "title": "The Ultimate(?) Guide to Pasta Shapes",
        "published": None,
        "author": "Syon Lee",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-22-take-you-your-study-buddy-shake-shack-pronto/",
        "title": "Take You and Your Study Buddy to Shake Shack Pronto!",
        "published": None,
        "author": "Zahra Abiola",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-seven-must-see-destinations-under-70/",
        "title": "7 Must-See Destinations for Under £70",
        "published": None,
        "author": "Eva Tadros",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-exploitation-animals-wildlife-tourism/",
        "title": "Exploitation of Animals in Wildlife Tourism",
        "published": None,
        "author": "Maya Prashad",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-how-brexit-affect-holiday/",
        "title": "How is Brexit Going to Affect My Next Holiday?",
        "published": None,
        "author": "Eva Tadros",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-08-small-place-big-adventures/",
        "title": "Small Place, Big Adventures",
        "published": None,
        "author": "Eva Tadros",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-ichc-ladies-2s-reach-top-of-league/",
        "title": "ICHC Ladies 2s Reach the Top of their League",
        "published": None,
        "author": "Chloe Jeremy",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-ichc-ode-monday-night-training/",
        "title": "ICHC: An Ode to Monday Night Training",
        "published": None,
        "author": "Chloe Jeremy",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-imperial-college-mens-rugby-take-movember-mental-health/",
        "title": "Imperial College Men’s Rugby take on Movember and Mental Health",
        "published": None,
        "author": "William Draper-Barr",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-imperial-octopush-battle-out-oxford/",
        "title": "Imperial Octopush battle it out in Oxford",
        "published": None,
        "author": "Benjamin Slater",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-editors-top-picks-of-decade/",
        "title": "Editors’ Top Picks of the Decade",
        "published": None,
        "author": "Jia Qi Tan",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-22-my-life-with-michael-10-years-of-thriller-live-written-gary-lloyd/",
        "title": "My life with Michael: 10 Years of Thriller Live, Written by Gary Lloyd",
        "published": None,
        "author": "Ozbil Ege Dumenci",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-08-albert-camus-myth-of-sisyphus/",
        "title": "Albert Camus’ The Myth of Sisyphus",
        "published": None,
        "author": "Jia Qi Tan",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-10-25-celest-ngs-debut-novel-everything-i-never-told-you/",
        "title": "Celeste Ng’s Debut Novel: Everything I Never Told You",
        "published": None,
        "author": "Jia Qi Tan",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-tech-headlines-9th-december-2019/",
        "title": "Tech Headlines: 9th December 2019",
        "published": None,
        "author": "Sudarshan Sreeram",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-augmented-reality-intelligence-automation/",
        "title": "Augmented Reality and Intelligence Automation",
        "published": None,
        "author": "Sudarshan Sreeram",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-tech-headlines-29th-november-2019/",
        "title": "Tech Headlines: 29th November 2019",
        "published": None,
        "author": "Sudarshan Sreeram",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-22-tech-headlines-22nd-november-2019/",
        "title": "Tech Headlines: 22nd November 2019",
        "published": None,
        "author": "Sudarshan Sreeram",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-liberation-community-imperial-issue-today/",
        "title": "Liberation and Community at Imperial is an Issue for Today",
        "published": None,
        "author": "Shervin Sabeghi",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-world-aids-day/",
        "title": "World AIDS Day",
        "published": None,
        "author": "Freya Hepworth-Lloyd",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-06-14-breaking-the-taboo-on-eating-disorders/",
        "title": "Breaking the Taboo on Eating Disorders",
        "published": None,
        "author": "Emma Couves",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-05-24-ramadan-reflections/",
        "title": "Ramadan Reflections",
        "published": None,
        "author": "Ambreen Muhammed",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-03-04-felix-s-annual-sabb-review/",
        "title": "Felix's Annual Sabb Review",
        "published": None,
        "author": "Andy Djaba",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2018-03-16-felix-investigates-sexism-at-imperial/",
        "title": "Felix investigates sexism at Imperial",
        "published": None,
        "author": "Fred S Fyles",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2017-10-30-the-making-of-a-modern-monopoly/",
        "title": "The making of a modern monopoly",
        "published": None,
        "author": "Avirup Banerjee",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2017-10-22-sabbotage-a-look-inside-the-union/",
        "title": "Sabbotage: A look inside the Union",
        "published": None,
        "author": "Fred S Fyles",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-are-we-headed-for-new-dotcom-bubble/",
        "title": "Are we Headed for a New DotCom Bubble?",
        "published": None,
        "author": "Marios Papadopoulos",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-new-finance-vs-old-finance/",
        "title": "New Finance vs. Old Finance",
        "published": None,
        "author": "Marios Papadopoulos",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-private-equity-vs-venture-capital-a-closer-look/",
        "title": "Private Equity vs. Venture Capital: A Closer Look",
        "published": None,
        "author": "Pavan Singh Gill",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-why-asset-diversification-hedging-necessary/",
        "title": "Why Asset Diversification & Hedging is Necessary",
        "published": None,
        "author": "Eugene Gwan",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-12-09-tragedy-commons-drama-planet-not-enjoying/",
        "title": "Tragedy of the Commons: A Drama That Our Planet Is Not Enjoying",
        "published": None,
        "author": "Xiuchen Xu",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-29-general-election-2019-what-are-environmental-policies-promises-of-parties/",
        "title": "General Election 2019: What are the environmental policies and promises of the parties?",
        "published": None,
        "author": "Xiuchen Xu",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-22-researchers-show-noise-pollution-threatening-survival-species/",
        "title": "Researchers Show Noise Pollution is Threatening the Survival of a Number of Species",
        "published": None,
        "author": "Xiuchen Xu",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-15-greenwashing-falling-victim/",
        "title": "Greenwashing – Are you Falling Victim?",
        "published": None,
        "author": "Dunin Borkowska",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-11-08-five-steps-improve-emotional-intelligence/",
        "title": "5 Steps To Improve Your Emotional Intelligence",
        "published": None,
        "author": "Sara Hendricks",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-06-07-silwood-imperial-s-green-cupboard/",
        "title": "Silwood: Imperial’s Green Cupboard",
        "published": None,
        "author": "Jessica-Lee Cole",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-06-07-the-union-s-promises-towards-pg-are-good-sticking-to-these-promises-would-be-better/",
        "title": "The Union’s promises towards PG are good. Sticking to these promises would be better.",
        "published": None,
        "author": "Ute Thiermann",
    },
    {
        "link": "https://old.felixonline.co.uk/articles/2019-06-07-what-best-supervision-meant-to-imperial-college-pg-students-this-year/",
        "title": "What Best Supervision meant to Imperial College PG Students this year?",
        "published": None,
        "author": "Ute Thiermann",
    },
]
