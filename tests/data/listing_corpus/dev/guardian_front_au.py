"""Real page: Guardian Australia's front page (theguardian.com/au), saved on 4 December 2017 at
15:53 UTC (Tuesday 5 December, 02:53 in Sydney) by webDifference/theguardian.com, a repository of
the site's pages committed at intervals. English (en-GB markup). Story containers one under the
other ("headlines", "spotlight", "sport", "opinion", "video and pictures", "across the country",
"around the world", "explore", "people", "the big picture"), each a grid of cards <div
class="fc-item">: a heading link <a class="fc-item__link"> holding a kicker <span
class="fc-item__kicker"> ("Missing MPs", "Yemen") and the headline <span class="js-headline-text">,
a standfirst on the lead cards, a byline <span class="fc-item__byline"> on the opinion and sport
cards, a faux-block overlay link repeating the headline; two cards carry companion headlines
(<li class="fc-sublink">, a kicker "Day's report" then the headline), written twice (a vertical
and a horizontal footer, one shown per screen width). No card shows a date (published None; the
day is only in the addresses). Entries: every card with a link, then its companion headlines,
once each, in page order; the video and picture cards are entries (headline cards of the same
markup, in the page's main flow). Titles: the headline without its kicker; a companion's link text
without its kicker. Authors: the byline as shown; "Ewan Murray in the Bahamas" (a name and a
place) is left unscored. Not entries: the cards without a link (the "support the Guardian",
documentaries, bird-of-the-year and SecureDrop promotions), a companion link to a match's
scorecard (a data page, not a story), the containers' heading links, the crosswords, emails and
SecureDrop links, the columnists' profile links, the "most viewed" tabs (empty in the saved page),
navigation and footer.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.theguardian.com/au"
timezone = "Australia/Sydney"
now = datetime(2017, 12, 4, 15, 54, tzinfo=UTC)

entries = [
    {
        "link": "https://www.theguardian.com/australia-news/2017/dec/04/turnbull-government-scrambles-after-losing-vote-on-new-zealand-refugee-offer",
        "title": "Turnbull government scrambles after losing vote on NZ refugee offer",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/this-is-hell-behrouz-boochani-diaries-expose-australia-refugee-shame",
        "title": "Behrouz Boochani's diaries expose Australia’s refugee shame",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/daphne-caruana-galizia-malta-journalist-eight-arrested-murder-inquiry",
        "title": "Ten arrested over murder of journalist Daphne Caruana Galizia",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/film/2017/dec/04/aacta-awards-2017-lion-and-alis-wedding-sweep-early-categories",
        "title": "Lion and Ali's Wedding sweep early categories",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/former-yemen-president-saleh-killed-in-fresh-fighting",
        "title": "Former president Saleh 'killed in fresh fighting'",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/politics/2017/dec/04/meps-say-uk-has-conceded-on-ireland-border-in-brexit-talks",
        "title": "MEPs say UK has conceded on Ireland border",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/cathay-pacific-flight-crew-saw-north-korean-missile-test",
        "title": "Cathay Pacific flight crew saw missile test",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/business/2017/dec/04/fortescue-appeals-against-native-title-ruling-in-the-pilbara",
        "title": "Fortescue appeals against native title ruling in the Pilbara",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/australia-news/2017/dec/04/principals-urged-to-throw-one-nation-senators-anti-islamic-letters-in-recycling-bin",
        "title": "Minister tells principals to throw One Nation senator's anti-Islam letters in the bin",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/science/2017/dec/04/us-military-agency-invests-100m-in-genetic-extinction-technologies",
        "title": "US military agency invests $100m in extinction technologies",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/film/filmblog/2017/dec/04/the-braddies-2017-peter-bradshaw-nominates-films-of-the-year",
        "title": "Peter Bradshaw nominates his films of the year",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/music/2017/dec/04/the-top-100-tracks-of-2017",
        "title": "The top 100 tracks of 2017",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/commentisfree/2017/dec/04/russia-probe-jared-kushner-investigation-donald-trump",
        "title": "All the signs in the Russia probe point to Jared Kushner. Who next?",
        "published": None,
        "author": "Jill Abramson",
    },
    {
        "link": "https://www.theguardian.com/tv-and-radio/2017/dec/04/nakkiah-lui-on-gender-race-and-her-new-comedy-show-what-if-your-vagina-came-to-life",
        "title": "Nakkiah Lui on gender, race and her new comedy show",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/science/2017/dec/04/would-you-be-willing-words-turn-conversation-around",
        "title": "Words to turn a conversation around (and those to avoid)",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/film/2017/dec/04/last-jedi-star-wars-rey-hollywood-obsession-with-privilege",
        "title": "Can Star Wars’ Rey break Hollywood’s obsession with privilege?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/technology/2017/dec/04/racist-facial-recognition-white-coders-black-people-police",
        "title": "How white engineers built racist code – and why it's dangerous for black people",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/lifeandstyle/2017/dec/04/is-owning-a-dog-good-for-your-health",
        "title": "Is owning a dog good for you?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/sport/2017/dec/04/steve-smith-follow-on-decision-england-ashes",
        "title": "Steve Smith misses chance to land knockout blow with England staggering",
        "published": None,
        "author": "Adam Collins",
    },
    {
        "link": "https://www.theguardian.com/sport/2017/dec/04/england-australia-second-ashes-test-day-three-report",
        "title": "Australia in control despite England’s late burst",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/sport/2017/dec/04/england-ben-stokes-alex-hales-squad-australia-odi",
        "title": "England set to name Stokes and Hales in squad",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/sport/2017/dec/04/craig-overton-guts-batsmen-fail-ashes",
        "title": "Craig Overton shows guts and gumption while batsmen fail to meet expectations",
        "published": None,
        "author": "Ali Martin",
    },
    {
        "link": "https://www.theguardian.com/sport/2017/dec/04/international-olympic-committee-russia-doping-lausanne-richard-mclaren",
        "title": "IOC must do its duty this time and ban Russia from Winter Olympics",
        "published": None,
        "author": "Sean Ingle",
    },
    {
        "link": "https://www.theguardian.com/football/blog/2017/dec/04/premier-league-10-talking-points-from-the-weekends-action",
        "title": "10 talking points from the weekend's action",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/sport/blog/2017/dec/04/tiger-woods-return-stronger-golf-caution",
        "title": "Tiger Woods looks stronger but history warns us against major predictions",
        "published": None,
    },
    {
        "link": "https://www.theguardian.com/commentisfree/2017/dec/04/whats-a-kwaussie-he-word-of-the-year-nobody-has-heard-of",
        "title": "The word of the year nobody has heard of",
        "published": None,
        "author": "Gary Nunn",
    },
    {
        "link": "https://www.theguardian.com/commentisfree/2017/dec/04/animal-agriculture-choking-earth-making-sick-climate-food-environmental-impact-james-cameron-suzy-amis-cameron",
        "title": "Animal agriculture is choking the Earth and making us sick. We must act now",
        "published": None,
        "author": "James Cameron and Suzy Amis Cameron",
    },
    {
        "link": "https://www.theguardian.com/business/2017/dec/04/us-obesity-trump-processed-foods-health",
        "title": "The US is exporting obesity – and Trump is making the problem worse",
        "published": None,
        "author": "Kenneth Rogoff",
    },
    {
        "link": "https://www.theguardian.com/commentisfree/2017/dec/04/meghan-markle-mixed-race-community-prince-harry",
        "title": "If Meghan Markle represents the ‘mixed-race community’, what about me?",
        "published": None,
        "author": "Georgia Chambers",
    },
    {
        "link": "https://www.theguardian.com/commentisfree/2017/dec/04/the-church-leaders-campaign-against-marriage-equality-harms-those-who-are-already-hurt",
        "title": "The church leaders' campaign against marriage equality harms those who are already hurt",
        "published": None,
        "author": "Anthony Castle and Brad Chilcott",
    },
    {
        "link": "https://www.theguardian.com/world/commentisfree/2017/dec/04/the-open-secret-of-sexual-harassment-in-the-media-is-staggering-theres-plenty-yet-to-come",
        "title": "The 'open secret' of sexual harassment in the media is staggering. There’s plenty yet to come",
        "published": None,
        "author": "Sarah Hanson-Young",
    },
    {
        "link": "https://www.theguardian.com/australia-news/video/2017/dec/04/australian-mp-proposes-to-partner-during-same-sex-marriage-debate-in-parliament-video",
        "title": "Liberal MP proposes to partner during same-sex marriage debate in parliament",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/artanddesign/gallery/2017/dec/04/life-in-winter-in-pictures",
        "title": "Life in winter",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/society/video/2017/dec/04/the-barcelona-design-studio-for-people-with-downs-syndrome-and-autism-video",
        "title": "The Barcelona design studio for people with Down's syndrome and autism",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/science/gallery/2017/dec/03/supermoon-trilogy-begins-in-pictures",
        "title": "Supermoon trilogy begins",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/sport/video/2017/dec/03/demolition-blast-fails-pontiac-silverdome-detroit-michigan-video",
        "title": "Demolition blast fails to bring down sports stadium",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/community/gallery/2017/dec/03/have-speed-will-travel-readers-photos-on-the-theme-of-drive",
        "title": "Readers' photos on the theme of drive",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/cities/gallery/2017/dec/02/sao-paulo-migration-brazilian-cuisine-food-restaurants",
        "title": "How migration fuelled Brazilian cuisine",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/australia-news/2017/dec/04/turnbull-and-shorten-trade-barbs-over-same-sex-marriage-survey",
        "title": "Turnbull and Shorten trade barbs over postal survey",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/australia-news/2017/dec/04/labor-senator-katy-gallagher-faces-referral-to-high-court-over-british-citizenship",
        "title": "Labor senator faces referral to high court over British citizenship",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/australia-news/2017/dec/04/coalition-considering-all-options-to-cut-university-spending-birmingham-says",
        "title": "Coalition 'considering all options' to cut university spending, Birmingham says",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/australia-news/2017/dec/04/toxic-chemicals-government-backs-down-on-blood-tests-for-katherine-residents",
        "title": "Government backs down on blood tests for Katherine residents",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/australia-news/2017/dec/04/sydney-stadiums-nsw-government-faces-greyhound-moment",
        "title": "NSW government faces 'greyhound moment'",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/weather/2017/dec/04/weather-bureau-criticised-for-calling-victorian-rainfall-a-10-out-of-10-event",
        "title": "Weather bureau criticised for calling rainfall a '10 out of 10' event",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/australia-news/2017/dec/04/polls-give-labor-clear-lead-over-coalition-keeping-pressure-on-turnbull",
        "title": "Polls give Labor clear lead over Coalition, keeping pressure on Turnbull",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/australia-news/2017/dec/04/ndis-costs-and-demand-overwhelming-disability-service-providers-report-says",
        "title": "Costs and demand overwhelming disability service providers, report says",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/spanish-judge-denies-bail-deposed-catalan-vice-president-oriol-junqueras",
        "title": "Spanish judge denies bail to deposed regional vice-president",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/commentisfree/2017/dec/03/the-guardian-view-on-the-catalonia-election-the-challenge-of-compromise",
        "title": "The challenge of compromise",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/03/abbas-warns-world-leaders-trump-recognition-jerusalem-us-embassy-move",
        "title": "Abbas warns world leaders over Trump's recognition of Jerusalem",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/baby-boy-found-to-be-alive-after-delhi-hospital-declared-him-dead",
        "title": "Baby boy found to be alive after Delhi hospital declared him dead",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/dec/04/doesnt-make-sense-incredulity-trumps-lawyer-john-dowd-take-blame-for-flynn-tweet",
        "title": "Incredulity as Trump's lawyer seeks to take blame for Flynn tweet",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/us-senator-military-families-should-leave-south-korea-as-threat-of-war-grows",
        "title": "Military families should leave South Korea as threat of war grows, says senator",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/venezuela-to-launch-cryptocurrency-to-combat-us-blockade-maduro-says",
        "title": "Government to launch cryptocurrency to combat US 'blockade', Maduro says",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/egypt-former-pm-ahmed-shafik-denies-he-was-kidnapped-after-mystery-disappearance",
        "title": "Former PM Ahmed Shafik denies he was 'kidnapped' after mystery disappearance",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/dec/03/republican-senate-leader-rejects-report-showing-tax-bill-will-add-to-national-debt",
        "title": "Tax cuts will be popular, says Senate leader",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/stage/2017/dec/04/christmas-traditions-carlos-acosta-conchita-wurst-oti-mabuse-krampus",
        "title": "Stars around the world on their festive traditions",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/inequality/2017/dec/04/from-jane-austen-to-haunting-memoirs-books-to-open-your-eyes-to-inequality",
        "title": "Books to open your eyes to inequality",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/australia-news/2017/dec/04/go-back-to-your-place-of-love-grieving-mother-hopes-to-prevent-further-indigenous-deaths-in-custody",
        "title": "Grieving mother hopes to prevent further Indigenous deaths in custody",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/cities/2017/dec/04/addis-ababa-ethiopia-redesign-housing-project",
        "title": "Ethiopia's radical redesign",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/technology/2017/dec/04/google-pixel-buds-review-bluetooth-earbuds-headphone-apple-airpods-translation",
        "title": "Bluetooth earbuds are a missed opportunity",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/lifeandstyle/2017/dec/04/change-of-heart-can-we-do-better-for-heart-patients-than-a-transplant",
        "title": "Can we do better for heart patients than a transplant?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/travel/2017/dec/04/10-best-affordable-spa-steam-baths-hammams-europe-prague-stockholm-moscow",
        "title": "Top 10 affordable spas, bath houses and hammams in Europe",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/books/2017/dec/04/eight-new-australian-writers-you-should-read-according-to-those-who-know",
        "title": "Eight new Australian writers you should read (according to those who know)",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/shortcuts/2017/dec/03/sonic-attack-why-south-korea-bombards-the-north-with-news-k-pop-and-good-times",
        "title": "Why South Korea bombards the North with news, K-pop and good times",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/film/2017/dec/04/bollywood-star-shashi-kapoor-dies-at-79",
        "title": "Bollywood star dies at 79",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/global-development/2017/dec/04/ed-sheeran-comic-relief-film-poverty-porn-aid-watchdog-tom-hardy-eddie-redmayne",
        "title": "Comic Relief film branded 'poverty porn' by aid watchdog",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/film/2017/dec/04/loneliness-of-greta-garbo-laid-bare-as-letters-put-up-for-sale",
        "title": "Loneliness of actor laid bare as letters put up for sale",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/music/2017/dec/04/internet-rises-to-the-challenge-to-name-a-badder-than-taylor-swift",
        "title": "Internet rises to the challenge to 'name a badder bitch'",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/news/gallery/2017/dec/04/cats-on-show-and-pepper-spray-mondays-top-photos",
        "title": "Cats on show and Melbourne protesters",
        "published": None,
        "author": None,
    },
]
