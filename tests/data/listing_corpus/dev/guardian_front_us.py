"""Real page: The Guardian's US front page (theguardian.com/us), saved on 4 December 2017 at
15:53 UTC (10:53 in New York) by webDifference/theguardian.com, a repository of the site's pages
committed at intervals. English (en-GB markup). The same markup as guardian_front_au's: story
containers one under the other ("headlines", "spotlight", "sports", "opinion", "across the
country", "around the world", "break the cycle: gun violence in America", "explore", "in
pictures", "people"), each a grid of cards <div class="fc-item">: a heading link holding a kicker
<span class="fc-item__kicker"> and the headline <span class="js-headline-text">, standfirsts on the
lead cards, bylines <span class="fc-item__byline"> on the opinion cards and a few others, a
faux-block overlay link; lead cards carry companion headlines (<li class="fc-sublink">, a kicker
"Sally Jewell", "In pictures" then the headline), written twice (a vertical and a horizontal
footer, one shown per screen width). No card shows a date (published None). Entries: every card
with a link, then its companion headlines, once each, in page order (the picture cards too:
headline cards of the same markup in the page's main flow). Titles: the headline without its
kicker; a companion's link text without its kicker. Authors: the byline as shown; "Ewan Murray in
the Bahamas" (a name and a place) is left unscored. Not entries: the SecureDrop and documentaries
promotions (cards without a heading link), a companion link "NRA" to a topic page (no headline,
not a story), the containers' heading links, the "videos" container (a playlist of three
embedded videos, each a kicker and headline over the player and a duration "1:23": video promos),
the "most viewed" container (empty in the saved page), navigation and footer.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.theguardian.com/us"
timezone = "America/New_York"
now = datetime(2017, 12, 4, 15, 54, tzinfo=UTC)

entries = [
    {
        "link": "https://www.theguardian.com/environment/2017/dec/04/native-american-alliance-bears-ears-trump",
        "title": "Trump faced by Native American alliance over Bears Ears",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/commentisfree/2017/dec/04/president-trump-decimate-bears-ears-national-monument",
        "title": "Mr Trump, don't decimate Bears Ears monument",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/travel/gallery/2017/jul/07/threatened-us-national-monuments-you-have-to-see-in-pictures",
        "title": "Threatened national monuments you have to see",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/environment/2017/oct/27/ryan-zinke-environment-public-lands",
        "title": "Cowboy in cabinet taking aim at America's public lands",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/dec/04/doesnt-make-sense-incredulity-trumps-lawyer-john-dowd-take-blame-for-flynn-tweet",
        "title": "Trump lawyer offers new defense of tweet: president 'cannot obstruct justice'",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/dec/04/roy-moore-trump-backs-alabama-senate-candidate",
        "title": "Trump backs accused child molester for Senate",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/dec/04/trump-elephant-room-kennedy-center-honors-president",
        "title": "Joyous celebration but Trump is elephant in the room",
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
        "link": "https://www.theguardian.com/world/2017/dec/04/daphne-caruana-galizia-malta-journalist-eight-arrested-murder-inquiry",
        "title": "Ten arrested over murder of journalist Daphne Caruana Galizia",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/dec/03/trump-mcdonalds-binges-screaming-fits-book-lewandowski-bossie",
        "title": "McDonald's binges and screaming fits revealed in new book",
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
        "link": "https://www.theguardian.com/us-news/2017/dec/04/of-course-he-said-it-billy-bush-counters-trumps-pussy-tape-claims",
        "title": "Billy Bush counters Trump's pussy tape claims",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/cathay-pacific-flight-crew-saw-north-korean-missile-test",
        "title": "Cathay Pacific flight crew saw Pyongyang missile test",
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
        "link": "https://www.theguardian.com/film/2017/dec/04/loneliness-of-greta-garbo-laid-bare-as-letters-put-up-for-sale",
        "title": "Actor's loneliness laid bare as letters put up for sale",
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
        "link": "https://www.theguardian.com/film/2017/dec/04/last-jedi-star-wars-rey-hollywood-obsession-with-privilege",
        "title": "Can Star Wars’ Rey break Hollywood’s obsession with privilege?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/tv-and-radio/2017/dec/04/ben-bradlee-the-newspaperman-hbo-documentary-nixon-washington-post",
        "title": "Ben Bradlee: the ground-breaking editor who helped bring down Nixon",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/business-to-business/2017/dec/04/clocking-off-the-companies-introducing-nap-time-to-the-workplace",
        "title": "The companies introducing nap time to the workplace",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/how-american-womens-growing-power-finally-turned-metoo-a-cultural-moment",
        "title": "How American women's growing power finally turned #metoo into a cultural moment",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/shortcuts/2017/dec/04/trump-diets-world-leaders-mcdonalds-book",
        "title": "From Trump’s Big Macs to Thatcher’s Bovril toast",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/sport/blog/2017/dec/04/seattle-seahawks-philadelphia-eagles-nfl-sunday-night-football",
        "title": "The limping Seattle Seahawks simply refuse to go away",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/football/2017/dec/04/mark-clattenburg-allowed-spurs-self-destruct-title-leicester-chelsea",
        "title": "Clattenburg says he ‘allowed Spurs to self-destruct’ and hand Leicester title",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/football/blog/2017/dec/04/premier-league-10-talking-points-from-the-weekends-action",
        "title": "10 talking points from the weekend's action",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/sport/blog/2017/dec/04/tiger-woods-return-stronger-golf-caution",
        "title": "Tiger looks stronger but history warns us against major predictions",
        "published": None,
    },
    {
        "link": "https://www.theguardian.com/sport/2017/dec/03/marcus-peters-penalty-flag-throw-kansas-city-chiefs-jets-nfl",
        "title": "Peters throws penalty flag into crowd, ejects himself, returns sockless",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/sport/2017/dec/03/nfl-scores-packers-stay-alive-while-49ers-start-garoppolo-with-victory",
        "title": "Packers stay alive while 49ers start Garoppolo era with victory",
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
        "link": "https://www.theguardian.com/commentisfree/2017/dec/04/animal-agriculture-choking-earth-making-sick-climate-food-environmental-impact-james-cameron-suzy-amis-cameron",
        "title": "Animal agriculture is choking the Earth and making us sick. We must act now",
        "published": None,
        "author": "James Cameron and Suzy Amis Cameron",
    },
    {
        "link": "https://www.theguardian.com/technology/2017/dec/04/sheryl-sandberg-says-she-faced-sexual-harassment-and-firms-lack-clear-policies",
        "title": "Facebook executive says she faced sexual harassment and that firms lack clear policies",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/music/2017/dec/04/new-york-met-opera-suspends-conductor-james-levine-over-sexual-allegations",
        "title": "Met opera suspends James Levine over sexual allegations",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/dec/03/donald-trump-michael-flynn-russia-investigation-abc-news-ross",
        "title": "Flynn tweets point to obstruction of justice, analysts say",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/science/2017/dec/04/researchers-share-22m-breakthrough-prize-as-science-gets-rock-star-treatment",
        "title": "Researchers share $22m Breakthrough prize",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/dec/03/orrin-hatch-chip-healthcare-program-joe-scarborough",
        "title": "Comments on Chip health program at heart of social media storm",
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
        "link": "https://www.theguardian.com/world/2017/dec/03/abbas-warns-world-leaders-trump-recognition-jerusalem-us-embassy-move",
        "title": "Abbas warns world leaders over Trump's recognition of Jerusalem",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/spanish-judge-denies-bail-deposed-catalan-vice-president-oriol-junqueras",
        "title": "Catalan's deposed vice-president to contest election from prison",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/business/2017/dec/03/financial-markets-overheating-financial-crisis-bis",
        "title": "Financial markets 'resemble pre-crash era'",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/03/thousands-protest-in-honduras-in-chaos-over-contested-presidential-election",
        "title": "Thousands protest amid chaos over contested presidential election",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/technology/2017/dec/04/bitcoin-uk-eu-plan-cryptocurrency-price-traders-anonymity",
        "title": "UK and EU plan crackdown amid crime and tax evasion fears",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/us-senator-military-families-should-leave-south-korea-as-threat-of-war-grows",
        "title": "Military families should leave as threat of war grows, says Graham",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/venezuela-to-launch-cryptocurrency-to-combat-us-blockade-maduro-says",
        "title": "Cryptocurrency to combat US 'blockade', Maduro says",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/nov/28/us-guns-mass-shootings-hoax-conspiracy-theories",
        "title": "US gun violence spawns a new epidemic: conspiracy theorists harassing victims",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/ng-interactive/2017/nov/14/stories-of-loss-love-and-hope-six-firsthand-accounts-from-some-of-americas-worst-mass-shootings",
        "title": "Six firsthand accounts from some of America's worst mass shootings",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/nov/18/school-shootings-security-industry",
        "title": "A booming classroom security industry",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/nov/19/americans-millennials-assault-weapons-ban-poll",
        "title": "Americans aged 18-34 most likely to oppose assault weapons ban",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/nov/14/its-time-to-end-americas-gun-violence-epidemic-help-us-change-the-conversation",
        "title": "Help us change the conversation",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/environment/climate-consensus-97-per-cent/2017/dec/04/the-moral-and-intellectual-bankruptcy-of-the-republican-party",
        "title": "The moral and intellectual bankruptcy of the Republican party",
        "published": None,
        "author": "Dana Nuccitelli",
    },
    {
        "link": "https://www.theguardian.com/sport/2017/dec/03/pontiac-silverdome-demolition-failure",
        "title": "Demolition blast fails to bring down notorious stadium",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/film/2017/dec/04/wes-anderson-isle-of-dogs-open-berlin-film-festival-bryan-cranston",
        "title": "Wes Anderson's Isle of Dogs to open Berlin film festival",
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
        "link": "https://www.theguardian.com/world/2017/dec/04/this-is-hell-behrouz-boochani-diaries-expose-australia-refugee-shame",
        "title": "How a refugee's diaries expose Australia’s immigration shame",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/world/2017/dec/04/berlin-exhibition-questions-cias-influence-on-global-art-scene",
        "title": "Berlin exhibition questions CIA's influence on global art scene",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/music/2017/dec/04/internet-rises-to-the-challenge-to-name-a-badder-than-taylor-swift",
        "title": "'Can you name a badder bitch than Taylor Swift?'",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/us-news/2017/dec/03/why-did-roy-moore-escape-to-australia-clues-remain-in-the-outback-wilderness",
        "title": "Outback town remembers visit from a troubled soul",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/commentisfree/2017/dec/02/nomadland-living-in-cars-working-amazon",
        "title": "Living in cars, working for Amazon: meet America's new nomads",
        "published": None,
        "author": "Jessica Bruder",
    },
    {
        "link": "https://www.theguardian.com/news/gallery/2017/dec/04/cats-on-show-and-pepper-spray-mondays-top-photos",
        "title": "Cats on show and pepper spray",
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
        "link": "https://www.theguardian.com/artanddesign/gallery/2017/dec/02/the-20-photographs-of-the-week",
        "title": "Photos of the week",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/technology/shortcuts/2017/dec/04/winklevoss-twins-bitcoin-billionaires-mark-zuckerberg",
        "title": "How they became the world’s first bitcoin billionaires",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.theguardian.com/books/2017/dec/04/emile-zola-the-photographer-personal-collection-goes-under-the-hammer",
        "title": "The photographer: personal collection goes under the hammer",
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
        "link": "https://www.theguardian.com/film/2017/dec/04/bollywood-star-shashi-kapoor-dies-at-79",
        "title": "Bollywood star Shashi Kapoor dies aged 79",
        "published": None,
        "author": None,
    },
]
