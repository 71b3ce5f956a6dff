"""Real page: the front page of The Washington Post (washingtonpost.com), saved by
mediacloud/metadata-lib on 17 January 2024. A news front of section blocks (politics, the
Gaza war, the live stream, opinions, advice columns, well+being, climate, tech…): each story
a <div class=headline> holding an <h2><a><span>headline</span></a></h2> (a kicker such as
"LIVE" or "Fact Checker" stands apart in a label <div>), often a byline <div> below: "By
Claire Parker" (one name or several, "A and B", "A, B and C"; "Opinion by George F. Will"),
sometimes followed by an age ("42 minutes ago", "Just now", "Updated 6 minutes ago"), or a
day alone ("January 17", compared as the local day). Ages are not scored (the page's time
of saving is not known to the minute), nor are "Opinion by the Editorial Board" and "By Washington Post staff" (desks).
A story shown in two blocks is one entry. Not entries: the games and news quiz promotions
(crossword, Sudoku, Keyword, "On the Record"), menus, newsletter boxes, footer. `now` is the
commit that saved the page.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswapost4FGH5Re3 (Apache-2.0).
"""

from datetime import UTC, date, datetime

url = "https://www.washingtonpost.com/"
timezone = "America/New_York"
now = datetime(2024, 1, 17, 16, 5, tzinfo=UTC)

entries = [
    {
        "link": "https://www.washingtonpost.com/world/2024/01/17/gaza-aid-starvation-humanitarian-crisis/",
        "title": "As famine looms in Gaza, aid delivery remains difficult and dangerous",
        "author": "Claire Parker",
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/16/trump-iowa-win-defamation-court/",
        "title": "Trump, basking in Iowa glow, hits the campaign trail — and the courthouse",
        "published": None,
        "author": "Mariana Alfaro and Marianne LeVine",
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/16/iowa-caucuses-chickasaw-county-trump-voters/",
        "title": "In a rural Iowa county, Trump’s travails were not a turn-off",
        "published": None,
        "author": "Jose A. Del Real",
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/16/new-hampshire-republican-debate/",
        "title": "ABC cancels New Hampshire debate after Haley, Trump decline to participate",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/17/pro-trump-anti-immigrant-ad-makes-it-seem-if-haley-coddles-criminals/",
        "title": "Pro-Trump anti-immigrant ad makes it seem as if Haley coddles ‘criminals’",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/16/trump-iowa-new-hampshire-haley/",
        "title": "New Hampshire to give Trump’s rivals best chance to stall his momentum",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/16/trump-iowa-caucuses-desantis-haley/",
        "title": "How Trump dominated Iowa — and held back DeSantis and Haley",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/wellness/interactive/2024/do-you-eat-foods-that-make-you-hungry-or-full-take-our-quiz/",
        "title": "Do you eat foods that leave you hungry or full? Take our quiz.",
        "published": None,
        "author": "Anahad O’Connor",
    },
    {
        "link": "https://www.washingtonpost.com/technology/2024/01/17/how-look-good-pictures-photogenic/",
        "title": "We’ve all looked lousy in photos. These tips can help.",
        "published": None,
        "author": "Chris Velazco",
    },
    {
        "link": "https://www.washingtonpost.com/home/2023/10/26/houseplants-thrive-survive-low-light/",
        "title": "8 houseplants that can live happily in low light",
        "published": None,
        "author": "Lauren David",
    },
    {
        "link": "https://www.washingtonpost.com/technology/2024/01/16/easy-tech-upgrades/",
        "title": "4 easy upgrades to your digital life",
        "published": None,
        "author": "Shira Ovide",
    },
    {
        "link": "https://www.washingtonpost.com/wellness/2023/06/07/counting-10000-steps-new-goals/",
        "title": "Forget 10,000 steps. 7 surprising tips for step counters.",
        "published": None,
        "author": "Gretchen Reynolds",
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/17/cnn-republican-debate-haley-trump/",
        "title": "CNN cancels New Hampshire debate after Trump, Haley decline invitation",
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/world/2024/01/17/king-charles-iii-hospital-prostate/",
        "title": "King Charles to be hospitalized for benign prostate condition",
        "author": "William Booth",
    },
    {
        "link": "https://www.washingtonpost.com/entertainment/movies/2024/01/17/origin-movie-review-ava-duvernay/",
        "title": "‘Origin’: Ava DuVernay’s latest film is ambitious, and one of a kind",
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/sports/2024/01/17/sean-doolittle-nats-pitching-strategist/",
        "title": "Sean Doolittle, pitcher turned pitching strategist, is ready for his next act",
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/weather/2024/01/17/dc-snow-winter-storm-photos/",
        "title": "Top reader photos from D.C.’s first significant snow in years",
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/sports/2024/01/17/nfl-picks-odds-divisional-round/",
        "title": "NFL picks and best bets for the divisional round of the playoffs",
        "author": "Neil Greenberg",
    },
    {
        "link": "https://www.washingtonpost.com/food/2024/01/17/chili-cornbread-skillet-pie/",
        "title": "This skillet pie combines chili and cornbread in one healthful package",
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/opinions/interactive/2024/ai-image-generation-art-innovation-issue/",
        "title": "AI is outrageous — and wonderful. It’s also prompting a new art form.",
        "published": None,
        "author": "Yan Wu",
    },
    {
        "link": "https://www.washingtonpost.com/opinions/2024/01/17/age-acceptance-love-hate/",
        "title": "Age makes the miracles easier to see",
        "published": None,
        "author": "Anne Lamott",
    },
    {
        "link": "https://www.washingtonpost.com/opinions/2024/01/17/biden-lead-pipes-epa-rule/",
        "title": "Biden can banish lead pipes in America — but only if he gets tougher",
        "published": None,
        "author": "Robert Gebelhoff",
    },
    {
        "link": "https://www.washingtonpost.com/opinions/2024/01/17/taiwan-ties-us-china-lai-election/",
        "title": "Taiwan doesn’t want to be a pawn in the U.S.-China competition",
        "published": None,
        "author": "Josh Rogin",
    },
    {
        "link": "https://www.washingtonpost.com/opinions/2024/01/16/red-sea-houthis-supply-chain-disruption/",
        "title": "The Houthis sink an arrow into the West’s Achilles’ heel",
        "published": None,
        "author": "David Ignatius",
    },
    {
        "link": "https://www.washingtonpost.com/opinions/2024/01/16/iowa-caucus-results-trump-biden-aftermath/",
        "title": "Iowa nudged the nation closer to a revolting rematch next fall",
        "published": None,
        "author": "George F. Will",
    },
    {
        "link": "https://www.washingtonpost.com/opinions/2024/01/16/drug-free-zones-dc-chinatown-crime/",
        "title": "A crime-free D.C. starts with drug-free zones",
        "published": None,
    },
    {
        "link": "https://www.washingtonpost.com/world/2024/01/17/catherine-princess-wales-hospital/",
        "title": "Princess of Wales hospitalized after abdominal surgery",
        "author": "William Booth",
    },
    {
        "link": "https://www.washingtonpost.com/national-security/2024/01/17/lloyd-austin-911-call-hospitalization/",
        "title": "Lloyd Austin’s aide requested ‘subtle’ ambulance approach in 911 call",
        "published": None,
        "author": "Kelsey Ables",
    },
    {
        "link": "https://www.washingtonpost.com/sports/2024/01/17/sports-bets-errors-payouts/",
        "title": "He hit three monster bets — and then the sportsbook wouldn’t pay",
        "published": None,
        "author": "Danny Funt",
    },
    {
        "link": "https://www.washingtonpost.com/business/2024/01/16/money-influencers-money-advice-social-media/",
        "title": "These female influencers found an approach to financial advice that seems to be working",
        "published": None,
        "author": "Rivan Stinson",
    },
    {
        "link": "https://www.washingtonpost.com/travel/tips/nightjet-sleeper-train-review-vienna-hamburg/",
        "title": "Testing Europe’s new night train, designed with solo travelers in mind",
        "published": None,
        "author": "Catherine Bennett",
    },
    {
        "link": "https://www.washingtonpost.com/entertainment/tv/2024/01/17/clive-owen-interview-monsieur-spade-murder-end-world/",
        "title": "Solving the mystery of Clive Owen’s staying power",
        "published": None,
        "author": "Thomas Floyd",
    },
    {
        "link": "https://www.washingtonpost.com/advice/2024/01/17/parenting-advice-meghan-leahy/",
        "title": "Need parenting advice? Meghan Leahy is answering your questions.",
        "author": "Meghan Leahy",
    },
    {
        "link": "https://www.washingtonpost.com/food/2024/01/11/tom-sietsema-live-chat/",
        "title": "Have questions about dining out? Ask our food critic.",
        "author": "Tom Sietsema",
    },
    {
        "link": "https://www.washingtonpost.com/podcasts/post-reports/the-us-yemen-and-the-risk-of-regional-escalation/",
        "title": "The U.S., Yemen and the risk of regional escalation",
        "published": date(2024, 1, 16),
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/wellness/2024/01/16/fitness-aging-richard-morgan/",
        "title": "At 93, he’s as fit as a 40-year-old. His body offers lessons on aging.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/15/chevron-herring-fishermen-supreme-court/",
        "title": "This humble fish may help the Supreme Court weaken the ‘administrative state’",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/advice/2024/01/17/carolyn-hax-helping-professionals-reject/",
        "title": "Carolyn Hax: If helping professionals won’t help 24/7, do they need new careers?",
        "published": date(2024, 1, 17),
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/business/2024/01/16/government-shutdown-congress-legislation-funding/",
        "title": "Congress moves toward preventing government shutdown this weekend",
        "published": None,
        "author": "Jacob Bogage",
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/17/what-congress-still-needs-ink-bipartisan-tax-deal/",
        "title": "What Congress still needs to ink a bipartisan tax deal",
        "published": None,
        "author": "Theodoric Meyer, Leigh Ann Caldwell and Tobi Raji",
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/16/chuck-grassley-hospital-infection/",
        "title": "Chuck Grassley is away from Senate while hospitalized for an infection",
        "published": None,
        "author": "Azi Paybarah",
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/17/do-your-own-research-study/",
        "title": "Doing your own research is a good way to end up being wrong",
        "published": None,
        "author": "Philip Bump",
    },
    {
        "link": "https://www.washingtonpost.com/advice/2024/01/17/ask-amy-partner-daughter-hate/",
        "title": "Ask Amy: I can’t be around my partner’s rude daughter anymore",
        "published": date(2024, 1, 17),
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/advice/2024/01/17/miss-manners-reference-former-employee/",
        "title": "Miss Manners: Former employee is constantly asking for references",
        "published": date(2024, 1, 17),
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/advice/2024/01/17/meghan-leahy-tantrum-three-year-old-calm/",
        "title": "My 3-year-old son just gets angrier when I try to calm his tantrums",
        "published": date(2024, 1, 17),
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/advice/2024/01/16/ask-elaine-new-mom-sister-support/",
        "title": "Ask Elaine: New mom loses the battle for mother’s attention to her sister",
        "published": date(2024, 1, 16),
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/opinions/2024/01/16/iowa-caucus-live-chat/",
        "title": "Do these results bode ill for Trump? We answered your Iowa caucus questions.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/live-chats/2024/01/12/lede-of-the-week/",
        "title": "Race, religion and the kindness of strangers: Stories readers loved this week",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.washingtonpost.com/wellness/2024/01/15/supplements-colonics-juice-cleanses/",
        "title": "The health fads you shouldn’t get caught up in this year",
        "published": None,
        "author": "Trisha Pasricha, MD",
    },
    {
        "link": "https://www.washingtonpost.com/wellness/2024/01/15/love-languages-lack-of-research/",
        "title": "Does your ‘love language’ really matter? Scientists are skeptical.",
        "published": None,
        "author": "Richard Sima",
    },
    {
        "link": "https://www.washingtonpost.com/wellness/2024/01/15/shingles-shingrix-vaccine-chickenpox/",
        "title": "How to prevent shingles and what to do if you get it",
        "published": None,
        "author": "Hallie Levine",
    },
    {
        "link": "https://www.washingtonpost.com/wellness/2024/01/15/amd-glaucoma-cataracts-fall-injuries/",
        "title": "Older adults with common eye diseases at higher risk for falls, injuries",
        "published": None,
        "author": "Linda Searing",
    },
    {
        "link": "https://www.washingtonpost.com/wellness/2024/01/14/disability-aging-health-care/",
        "title": "U.S. health care isn’t ready for a surge of seniors with disabilities",
        "published": None,
        "author": "Judith Graham",
    },
    {
        "link": "https://www.washingtonpost.com/climate-environment/2024/01/16/gas-stoves-induction-cooktop-health/",
        "title": "Are induction stoves that much safer than gas? We tested them.",
        "published": None,
        "author": "Michael J. Coren, John Farrell and Alice Li",
    },
    {
        "link": "https://www.washingtonpost.com/climate-solutions/2024/01/14/texas-grid-winter-storm-power-outage/",
        "title": "Winter storm tests Texas green grid upgrades",
        "published": None,
        "author": "Nicolás Rivero",
    },
    {
        "link": "https://www.washingtonpost.com/nation/2024/01/15/electric-car-north-to-south-pole-drive/",
        "title": "They drove from the Arctic to the South Pole — in an electric car",
        "published": None,
        "author": "Daniel Wu",
    },
    {
        "link": "https://www.washingtonpost.com/climate-solutions/2024/01/12/microplastics-fish-chicken-tofu-protein/",
        "title": "Which proteins contain the most microplastics?",
        "published": None,
        "author": "Allyson Chiu",
    },
    {
        "link": "https://www.washingtonpost.com/climate-environment/interactive/2024/bird-population-decline-united-states-maps/",
        "title": "Bird populations are declining. Some are in your neighborhood.",
        "published": None,
        "author": "Harry Stevens",
    },
    {
        "link": "https://www.washingtonpost.com/weather/2024/01/10/how-to-stay-warm-power-outage-cold/",
        "title": "How to prepare your home for extreme cold, and stay warm in a power outage",
        "published": None,
        "author": "Victoria Bisset",
    },
    {
        "link": "https://www.washingtonpost.com/climate-environment/interactive/2024/mapping-our-fast-warming-world/",
        "title": "Where the world warmed the most in Earth’s hottest year",
        "published": None,
        "author": "John Muyskens and Niko Kommenda",
    },
    {
        "link": "https://www.washingtonpost.com/climate-environment/2024/01/14/solar-max-sun-activity-storms-aurora/",
        "title": "Earthlings take note: The sun will be its most active in two decades",
        "published": None,
        "author": "Kasha Patel",
    },
    {
        "link": "https://www.washingtonpost.com/climate-environment/2024/01/05/total-solar-eclipse-moon/",
        "title": "Total solar eclipses will some day be impossible. Here’s why.",
        "published": None,
        "author": "Kasha Patel",
    },
    {
        "link": "https://www.washingtonpost.com/technology/2024/01/12/how-to-buy-tech-gadget/",
        "title": "Most tech gadgets are trash. Here’s how to find one you’ll love.",
        "published": None,
        "author": "Shira Ovide",
    },
    {
        "link": "https://www.washingtonpost.com/technology/2024/01/09/ces-2024-best-weirdest-tech/",
        "title": "The best (and weirdest) tech we found at CES 2024",
        "published": None,
        "author": "Chris Velazco",
    },
    {
        "link": "https://www.washingtonpost.com/technology/2024/01/10/instagram-teen-safety-changes-congress/",
        "title": "Instagram’s new teen safety features still fall short, critics say",
        "published": None,
        "author": "Tatum Hunter",
    },
    {
        "link": "https://www.washingtonpost.com/technology/2024/01/16/biden-chips-center-research/",
        "title": "Biden administration hopes chips will give it an election year boost",
        "published": None,
        "author": "Eva Dou",
    },
    {
        "link": "https://www.washingtonpost.com/technology/2024/01/15/openai-election-misinformation-disinformation/",
        "title": "OpenAI won’t let politicians use its tech for campaigning, for now",
        "published": None,
        "author": "Gerrit De Vynck",
    },
    {
        "link": "https://www.washingtonpost.com/technology/2024/01/13/davos-ai-risk-finra/",
        "title": "AI fears creep into finance, business and law",
        "published": None,
        "author": "Gerrit De Vynck and David J. Lynch",
    },
    {
        "link": "https://www.washingtonpost.com/education/2024/01/17/mental-health-schools-police-national-center-education-statistics/",
        "title": "Report finds drops in policing and mental health services in schools",
        "published": None,
        "author": "Laura Meckler and Hannah Natanson",
    },
    {
        "link": "https://www.washingtonpost.com/nation/2024/01/17/tacoma-police-manuel-ellis-death/",
        "title": "Cleared in Black man’s death, Tacoma officers will get $500,000 to resign",
        "published": None,
        "author": "Andrew Jeong",
    },
    {
        "link": "https://www.washingtonpost.com/nation/2024/01/16/gilgo-beach-murder-rex-heuermann-fourth-victim/",
        "title": "A strand of hair leads to fourth murder charge for Gilgo Beach suspect",
        "published": None,
        "author": "Maham Javaid",
    },
    {
        "link": "https://www.washingtonpost.com/nation/2024/01/16/hot-air-balloon-crash-eloy/",
        "title": "Hot-air balloon crash kills 4, rattles city known for air sports",
        "published": None,
        "author": "Ben Brasch",
    },
    {
        "link": "https://www.washingtonpost.com/national-security/2024/01/16/hunter-biden-selective-prosecution-gun/",
        "title": "Prosecutors deride Hunter Biden’s legal claims as Hollywood ‘fiction’",
        "published": None,
        "author": "Perry Stein and Devlin Barrett",
    },
    {
        "link": "https://www.washingtonpost.com/world/2024/01/16/russia-air-travel-danger-sanctions/",
        "title": "Russian air passengers face peril as planes show strain of sanctions",
        "published": None,
        "author": "Robyn Dixon",
    },
    {
        "link": "https://www.washingtonpost.com/world/2024/01/17/chinas-rulers-reckon-with-troubling-headwinds/",
        "title": "China’s rulers reckon with troubling ‘headwinds’",
        "published": None,
        "author": "Ishaan Tharoor",
    },
    {
        "link": "https://www.washingtonpost.com/world/2024/01/16/iran-missile-attack-iraq-irbil-syria/",
        "title": "Iranian strikes in Iraq stoke fears of further Middle East escalation",
        "published": None,
        "author": "Susannah George, Mustafa Salim, Kyle Melnick and Niha Masih",
    },
    {
        "link": "https://www.washingtonpost.com/lifestyle/2024/01/16/burges-brooch-auction-steel-antique/",
        "title": "She bought a brooch for $25. It could sell for $19,000.",
        "published": None,
        "author": "Sydney Page",
    },
    {
        "link": "https://www.washingtonpost.com/world/2024/01/16/iran-narges-mohammadi-nobel-prison/",
        "title": "Iran extends sentence of Nobel laureate who defended women’s rights",
        "published": None,
        "author": "Frances Vinall",
    },
    {
        "link": "https://www.washingtonpost.com/arts-entertainment/2023/04/24/what-to-watch-streaming-tv-movies/",
        "title": "The newest TV shows and movies to stream right now",
        "published": None,
    },
    {
        "link": "https://www.washingtonpost.com/entertainment/tv/2024/01/16/emmys-2024-award-surprises/",
        "title": "The Emmys did the impossible and made an awards show good TV",
        "published": None,
        "author": "Lili Loofbourow",
    },
    {
        "link": "https://www.washingtonpost.com/entertainment/2024/01/16/egot-meaning-winners-emmys-2024/",
        "title": "What is an EGOT? Elton John is latest to win the quadruple honor.",
        "published": None,
        "author": "Annabelle Timsit",
    },
    {
        "link": "https://www.washingtonpost.com/entertainment/music/2024/01/17/mozart-mark-rothko-national-gallery/",
        "title": "‘Mozart and Mark’ series breaks the silence of Mark Rothko’s paintings",
        "published": None,
        "author": "Michael Andor Brodeur",
    },
    {
        "link": "https://www.washingtonpost.com/entertainment/movies/2024/01/16/zone-of-interest-movie-review/",
        "title": "‘The Zone of Interest’: Inside the banality of evil, on-screen and off",
        "published": None,
        "author": "Ann Hornaday",
    },
    {
        "link": "https://www.washingtonpost.com/entertainment/2024/01/16/brent-sikkema-dead-stabbing/",
        "title": "Brent Sikkema, New York art dealer, reportedly found dead after stabbing",
        "published": None,
        "author": "Herb Scribner",
    },
    {
        "link": "https://www.washingtonpost.com/entertainment/video-games/2024/01/16/the-last-of-us-part-ii-remaster/",
        "title": "‘The Last of Us Part II,’ remastered and dehumanized",
        "published": None,
        "author": "Gene Park",
    },
    {
        "link": "https://www.washingtonpost.com/dc-md-va/2024/01/17/dc-winter-storm-aftermath-snow-ice/",
        "title": "Winter storm followed by cold blast causes airport, road issues",
        "author": "Justin Jouvenal",
    },
    {
        "link": "https://www.washingtonpost.com/dc-md-va/2024/01/17/maryland-prison-lawsuit-white-gang-correctional-officers/",
        "title": "White ‘gang’ of correctional officers controls Md. prison, lawsuit says",
        "published": None,
        "author": "Justin Wm. Moyer",
    },
    {
        "link": "https://www.washingtonpost.com/dc-md-va/2024/01/16/gaza-protest-cannon-building-mennonite-action/",
        "title": "Around 130 Mennonites, calling for Gaza cease-fire, arrested on Capitol Hill",
        "published": None,
        "author": "Justin Wm. Moyer",
    },
    {
        "link": "https://www.washingtonpost.com/dc-md-va/2024/01/16/gang-data-police-dc/",
        "title": "Study by civil rights group says D.C. police gang database is unreliable",
        "published": None,
        "author": "Peter Hermann",
    },
    {
        "link": "https://www.washingtonpost.com/local/2024/01/16/montgomery-county-bus-rapid-transit/",
        "title": "Montgomery County would gain faster bus service under budget proposal",
        "published": None,
        "author": "Danny Nguyen",
    },
    {
        "link": "https://www.washingtonpost.com/weather/2024/01/17/dc-area-forecast-frigid-wind-snow/",
        "title": "D.C.-area forecast: Frigid into early Thursday. Snow possible Thursday night and Friday.",
        "published": None,
        "author": "Dan Stillman",
    },
    {
        "link": "https://www.washingtonpost.com/science/2024/01/16/ai-diagnose-rheumatic-heart-disease/",
        "title": "How doctors are using AI to diagnose a hidden heart condition in kids",
        "published": None,
        "author": "Mark Johnson",
    },
    {
        "link": "https://www.washingtonpost.com/business/2024/01/16/womens-heart-health-female-entrepreneurs/",
        "title": "New generation of female entrepreneurs tackles women’s heart health",
        "published": None,
        "author": "Carol Eisenberg",
    },
    {
        "link": "https://www.washingtonpost.com/politics/2024/01/16/is-this-covid-surge-really-second-largest/",
        "title": "Is this covid surge really the second largest?",
        "published": None,
        "author": "Fenit Nirappil and McKenzie Beard",
    },
    {
        "link": "https://www.washingtonpost.com/world/2024/01/17/fire-ant-rafts-australia-queensland/",
        "title": "Invasive fire ants form ‘rafts’ as they spread on Australia’s waterways",
        "published": None,
        "author": "Frances Vinall",
    },
    {
        "link": "https://www.washingtonpost.com/climate-environment/2024/01/15/bird-avian-flu-seal/",
        "title": "An unprecedented flu strain is attacking hundreds of animal species. Humans could be next.",
        "published": None,
        "author": "Dino Grandoni",
    },
    {
        "link": "https://www.washingtonpost.com/science/2024/01/14/nasa-wants-you-help-track-gamma-ray-bursts/",
        "title": "NASA wants you to help track gamma ray bursts",
        "published": None,
        "author": "Erin Blakemore",
    },
    {
        "link": "https://www.washingtonpost.com/sports/2024/01/17/adam-peters-commanders-nfc-east/",
        "title": "As their biggest rivals sputter, the Commanders embrace competence",
        "published": None,
        "author": "Barry Svrluga",
    },
    {
        "link": "https://www.washingtonpost.com/sports/2024/01/16/adam-peters-commanders-gm/",
        "title": "New GM Adam Peters shares his vision for rebuilding the Commanders",
        "published": None,
        "author": "Nicki Jhabvala",
    },
    {
        "link": "https://www.washingtonpost.com/sports/2024/01/17/ncaa-subdivision-proposal/",
        "title": "The NCAA proposed an elite subdivision. What would it cost each school to join?",
        "author": "Jesse Dougherty and Emily Giambalvo",
    },
    {
        "link": "https://www.washingtonpost.com/business/2024/01/17/bank-overdraft-fees-cfpb-rules/",
        "title": "U.S. unveils plan to limit overdraft fees amid banking industry opposition",
        "published": None,
        "author": "Tony Romm",
    },
    {
        "link": "https://www.washingtonpost.com/transportation/2024/01/16/jetblue-spirit-merger-decision-blocked/",
        "title": "Judge blocks JetBlue-Spirit merger in win for U.S. antitrust efforts",
        "published": None,
        "author": "Lori Aratani and Ian Duncan",
    },
    {
        "link": "https://www.washingtonpost.com/business/2024/01/16/assisted-living-memory-care-senate/",
        "title": "Senate to examine walkaway deaths in assisted-living facilities",
        "published": None,
        "author": "Christopher Rowland",
    },
    {
        "link": "https://www.washingtonpost.com/business/2024/01/15/child-tax-credit-increase-2024/",
        "title": "The child tax credit may expand in 2024. Here’s what it means for you.",
        "published": None,
        "author": "Jeff Stein",
    },
    {
        "link": "https://www.washingtonpost.com/business/2024/01/15/aca-pharmacy-weight-loss-drugs/",
        "title": "The boom in imitation Ozempic went bust for one pharmacy and its clients",
        "published": None,
        "author": "Daniel Gilbert",
    },
]
