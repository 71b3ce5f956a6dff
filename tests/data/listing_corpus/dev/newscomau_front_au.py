"""Real page: news.com.au's front page (11 January 2010, generated 12:49 in Sydney), saved by
jhy/jsoup for its parser tests (htmltests/news-com-au-home.html.gz, gzip undone). en-AU. Below
the navigation, the main column (#content-2): a lead picture with a caption and "More" (no
headline: its title is not scored), the "Breaking news" list (a time "12:27PM" and a headline
link each), the top stories (<h4 class=heading> links, each with a few related links in
<li class=story|video|page>) and a strip of four promos (a picture, an <h4> and a related
link); then (#content-4) one block per section: National (a lead <h4> and a list of
<li class=story>), a tabbed box of the states' papers (one panel per state, all but one hidden
until its tab is pressed: a lead and three headlines, or for NT and Tas a lead <h3> and a
list), World and its breaking news, a promo, Sports News (Fox Sports' stories), Business,
Money, Entertainment, Travel, Technology and AustralianIT's industry news, each a lead
<h4>, a list and sometimes two promos. Entries: every story, gallery and video link of those
blocks (the network papers' and Fox Sports' stories too), once each, in page order (102).
Titles: the link's text; a story shown under two different headlines ("Hot property", "Sex
resort starts new life with a bang") and a headline opening with a label and a colon
("Floods: Brothers swept away", "Video: …") are not scored. Dates: only the breaking-news
lists show a time (that day, Sydney time); authors: none shown. Not entries: the right-hand
column (weather, most popular, the "weird true freaky" fader, blogroll, The Punch's opinion,
horoscopes), the network's most popular box, the section and paper links in the blocks'
headers, "More …" links, comment counts, the promos to section pages ("Rates race", "Money
and Me") and the banner to a buying guide, the share prices, navigation and footer.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "http://www.news.com.au/"
timezone = "Australia/Sydney"
now = datetime(2010, 1, 11, 2, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.news.com.au/national/love-the-beast-then-go-electric/story-e6frfkvr-1225818009800",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/business/breaking-news/australian-share-market-higher-at-noon/story-e6frfkur-1225818046556",
        "title": "Commodities push shares higher at noon",
        "published": datetime(2010, 1, 11, 1, 27, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.news.com.au/breaking-news/crab-pot-blamed-as-seaplane-ditches/story-e6frfku0-1225818041402",
        "title": "Crab pot blamed for seaplane accident",
        "published": datetime(2010, 1, 11, 1, 18, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.news.com.au/breaking-news/bushfire-breaks-out-in-catastrophic-national-park-zone/story-e6frfku0-1225818039095",
        "title": "Fire breaks out in 'catastrophic' zone",
        "published": datetime(2010, 1, 11, 1, 11, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.news.com.au/breaking-news/mp3-creator-backs-perfect-streams-focus-on-dumb-devices/story-e6frfku0-1225818037028",
        "title": "MP3 creator focuses on 'dumb' devices",
        "published": datetime(2010, 1, 11, 1, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.news.com.au/breaking-news/robber-hides-in-see-through-plastic-bag/story-e6frfku0-1225818030535",
        "title": "Robber hides in see-through plastic bag",
        "published": datetime(2010, 1, 11, 0, 48, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.news.com.au/business/breaking-news/surge-in-job-ads-as-economy-improves/story-e6frfkur-1225818027499",
        "title": "Big jump in number of job ads",
        "published": datetime(2010, 1, 11, 0, 40, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.news.com.au/breaking-news/indian-media-restraint-calls-will-fall-on-deaf-ears/story-e6frfku0-1225818023418",
        "title": "Indian media unlikely to back off - Crean",
        "published": datetime(2010, 1, 11, 0, 37, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.news.com.au/breaking-news/more-than-210-prisoners-moved-for-mel-gibson-film/story-e6frfku0-1225818020780",
        "title": "Prisoners booted out for Mel Gibson film",
        "published": datetime(2010, 1, 11, 0, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.news.com.au/world/drug-prisoners-bid-to-save-bali-nine-member/story-e6frfkyi-1225817906863",
        "title": "Bali 'confession' to help mate",
        "published": None,
        "author": None,
    },
    {
        "link": "http://player.video.news.com.au/news/?1382123840",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/national/states-brace-for-catastrophic-conditions/story-e6frfkw0-1225817926398",
        "title": "Fire breaks out in 'catastrophic fire zone'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/national/brothers-swept-away-in-red-centre-flood/story-e6frfkvr-1225817903440",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/national/farm-hunger-striker-peter-spencer-faces-eviction/story-e6frfkwi-1225817934483",
        "title": "Hunger striker 'shrinking away to nothing'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dailytelegraph.com.au/news/opinion/harming-a-cause-with-a-thoughtless-stupid-stunt/story-e6frezz0-1225817856732",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/features/girl-weeps-blood-bleeds-through-intact-skin/story-e6frfl49-1225817992123",
        "title": "Girl weeps blood 'up to 50 times a day'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/entertainment/celebrity/ricki-lee-coulter-says-women-dont-relate-to-nude-images-of-jennifer-hawkins/story-e6frfmqi-1225817967276",
        "title": "Ricki-Lee says women don't relate to Jen",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/entertainment/music/austereos-jackie-o-breaks-her-silence-on-radio-stunt/story-e6frfn09-1225817871923",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/entertainment/celebrity/lindsay-lohan-involved-in-hit-and-run-incident-in-los-angeles/story-e6frfmqi-1225817933341",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/entertainment/celebrity/lesbian-tila-tequila-tells-twitter-she-may-be-pregnant-after-losing-casey-johnson/story-e6frfmqi-1225817933182",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/business/rags-to-riches-tale-as-dotcom-geek-snaps-up-top-harbour-properties/story-e6frfm1i-1225817935527",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/entertainment/celebrity/gallery-e6frfmr0-1225818037102",
        "title": "ShowBUZZ",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/entertainment/celebrity/gallery-e6frfmr9-1111120736498",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/travel/news/the-white-cockatoo-resort-up-for-sale/story-e6frfq80-1225817882094",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/national/jaspreet-singhs-family-denies-race-attack-story-made-up/story-e6frfkvr-1225817945718",
        "title": "Family denies 'race attack' story made up",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.heraldsun.com.au/news/are-victorians-racist/story-e6frf7jo-1225817863179",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/national/casuarina-mum-six-times-over-limit-while-driving-kids/story-e6frfkvr-1225817936003",
        "title": "Mum 'six times over limit while driving kids'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/national/japan-attacks-julia-gillards-stand-on-whaling-after-ady-gil-crash/story-e6frfkvr-1225817941811",
        "title": "Japan 'provoked' by Gillard whaling stance",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/national/trio-in-taren-point-armed-robbery-car-chase-carjacking/story-e6frfkvr-1225817939979",
        "title": "Trio in armed robbery, car chase, carjacking",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/national/boy-three-drowns-in-dam-at-family-property-in-dimbulah/story-e6frfkvr-1225817933311",
        "title": "Boy, three, drowns in dam at family property",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dailytelegraph.com.au/news/brace-yourself-for-the-metro-meltdown/story-e6freuy9-1225817868581",
        "title": "Brace yourself for Metro meltdown",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dailytelegraph.com.au/news/charges-laid-over-blind-rape-case/story-e6freuy9-1225817867010",
        "title": "Charges laid over blind rape case",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dailytelegraph.com.au/news/arsonists-torch-salvation-army-op-shop/story-e6freuy9-1225817874459",
        "title": "Arsonists torch Salvo's Op Shop",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dailytelegraph.com.au/travel/body-scans-for-australias-gateway-sydney-aiport/story-e6frezhr-1225817873681",
        "title": "Body scans for Australia's gateway",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/couriermail/story/0,,26574794-3102,00.html",
        "title": "QR security guard assaulted",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/couriermail/story/0,,26574740-5017790,00.html",
        "title": "Human stories in wreck",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/couriermail/story/0,,26574682-5003402,00.html",
        "title": "Thief had see-through disguise",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/couriermail/story/0,,26574658-5003402,00.html",
        "title": "BBQ fire destroys house",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.heraldsun.com.au/news/naughty-corners-are-a-bad-idea-for-kids/story-e6frf7jo-1225817899003",
        "title": "Naughty corners 'bad for kids'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.heraldsun.com.au/news/doctors-demand-free-aircon-to-save-elderly/story-e6frf7jo-1225817883985",
        "title": "Doctors demand free aircon",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.heraldsun.com.au/news/tight-knit-town-mourns-a-top-bloke/story-e6frf7jo-1225817883046",
        "title": "Tolmie mourns a top bloke",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/adelaidenow/story/0,,26574924-2682,00.html",
        "title": "Craypot crackpots in hoax emergency",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/adelaidenow/story/0,,26572475-2682,00.html",
        "title": "Homes saved from fire",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/adelaidenow/story/0,,26574892-2682,00.html",
        "title": "Drunken, speeding driver pleads guilty",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/adelaidenow/story/0,,26574808-2682,00.html",
        "title": "Fire fight at RAAF base",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.perthnow.com.au/news/western-australia/perth-bouncer-glassed-in-head-at-tiger-lils/story-e6frg13u-1225817988782",
        "title": "Perth bouncer glassed",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.perthnow.com.au/news/western-australia/mini-tornado-hits-regional-town/story-e6frg13u-1225817879536",
        "title": "'Mini-tornado' hits regional town",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.perthnow.com.au/news/western-australia/mandurah-trains-stopped-over-weekends/story-e6frg13u-1225817981993",
        "title": "Mandurah trains weekend closure",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.perthnow.com.au/news/western-australia/killer-sharks-to-be-shot-slaughtered/story-e6frg13u-1225817663520",
        "title": "Rogue sharks to be shot",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.ntnews.com.au/article/2010/01/11/114561_ntnews.html",
        "title": "Fears for missing pair as floods rise",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.ntnews.com.au/article/2010/01/11/114581_ntnews.html",
        "title": "Call for croc trap spy cams",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.ntnews.com.au/article/2010/01/11/114571_ntnews.html",
        "title": "Couple lucky to be alive after rollover",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.ntnews.com.au/article/2010/01/11/114541_ntnews.html",
        "title": "Marina hit by car break-in crime wave",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.ntnews.com.au/article/2010/01/11/114551_ntnews.html",
        "title": "Lucky cross diving deep with meaning",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.themercury.com.au/article/2010/01/11/120761_tasmania-news.html",
        "title": "Bypass deadline warning",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.themercury.com.au/article/2010/01/11/120771_tasmania-news.html",
        "title": "Film backs Ady Gil claims",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.themercury.com.au/article/2010/01/11/120781_tasmania-news.html",
        "title": "Total fire ban as 36C expected",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.themercury.com.au/article/2010/01/11/120801_tasmania-news.html",
        "title": "Molik Monday has Hobart in its grip",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.themercury.com.au/article/2010/01/11/120791_tasmania-news.html",
        "title": "Pokie losses keep rising",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/world/nightclub-man-wanted-in-playboy-model-murder-case/story-e6frfkyi-1225818014345",
        "title": "Dead Playboy model 'left club with man'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/world/uae-presidents-brother-avoids-torture-charge/story-e6frfkyi-1225817939593",
        "title": "President's brother avoids torture charge",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/world/ied-claims-life-of-sunday-mirror-journalist/story-e6frfkyi-1225817939621",
        "title": "Journalist killed on Afghanistan patrol",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/world/gunman-who-shot-former-pope-john-paul-ii-seeks-5-million-in-book-deals/story-e6frfkyi-1225817941994",
        "title": "Gunman seeks $5 million in book deals",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/world/workers-tombs-discovered-at-cheops-pyramid/story-e6frfkyi-1225817939813",
        "title": "Tombs 'show pyramid builders weren't slaves'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/breaking-news/nightclub-man-wanted-in-playboy-model-murder-case/story-e6frfku0-1225818007768",
        "title": "Dead Playboy model 'left club with man'",
        "published": datetime(2010, 1, 11, 0, 4, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.news.com.au/breaking-news/lindsay-lohan-wanted-after-paparazzi-hit-by-car/story-e6frfku0-1225817943168",
        "title": "Lohan wanted after paparazzi hit by car",
        "published": datetime(2010, 1, 10, 21, 27, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.news.com.au/world/saturn-energy-could-be-signs-of-life/story-e6frfkyi-1225818036227",
        "title": "Ice, ice, baby",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.foxsports.com.au/story/0,8659,26574694-5018866,00.html?from=public_rss",
        "title": "Rebels join race for Thurston",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.foxsports.com.au/story/0,8659,26574736-23215,00.html?from=public_rss",
        "title": "Mali conjure miracle in Louanda",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.foxsports.com.au/story/0,8659,26572745-5000940,00.html?from=public_rss",
        "title": "Ten-man Jets overpower Victory",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.foxsports.com.au/story/0,8659,26574359-5018870,00.html?from=public_rss",
        "title": "North to get another chance",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.foxsports.com.au/story/0,8659,26573885-5018898,00.html?from=public_rss",
        "title": "Hewitt's career hinges on fitness",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/business/surge-in-job-ads-as-economy-improves/story-e6frfm1i-1225818029523",
        "title": "Big jump in number of job ads",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/business/industry-warned-of-labour-pains/story-e6frfm1i-1225817933467",
        "title": "Industry warned of labour pains",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/business/australian-share-market-off-and-running/story-e6frfm1i-1225817945839",
        "title": "Share market off and running",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/business/camper-hire-owner-rejects-wicked-criticism/story-e6frfm1i-1225817879213",
        "title": "Camper hire owner rejects criticism",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/money/superannuation/add-some-spice-to-your-super-nest-egg/story-e6frfmdi-1225817925833",
        "title": "Add some spice to your super nest egg",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/money/money-matters/get-credit-where-credits-due/story-e6frfmd9-1225817923298",
        "title": "Get credit where credit's due",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/money/can-you-afford-to-get-sick/story-e6frfmci-1225817771388",
        "title": "Can you afford to get sick?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/money/interest-rates/christmas-shopping-spree-may-spell-rate-rise/story-e6frfmn0-1225817199662",
        "title": "Christmas spree may spell rate rise",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/money/money-matters/more-people-cutting-deals-on-debt/story-e6frfmd9-1225817270124",
        "title": "More people cutting deals on debt",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/entertainment/celebrity/britney-spears-catches-lover-jason-trawick-with-two-women/story-e6frfmqi-1225817930820",
        "title": "Spears 'catches lover with two women'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/entertainment/movies/avatar-continues-to-dominate-at-the-box-office/story-e6frfmvr-1225817934520",
        "title": "Avatar continues to dominate",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/entertainment/celebrity/dennis-rodman-thrown-out-of-restaurant/story-e6frfmqi-1225817828321",
        "title": "Kicked out",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/tila-tequila-bids-casey-johnson-tearful-goodbye-in-bizarre-video-message/story-e6frfmq9-1225817219861",
        "title": "Odd farewell to Casey",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/travel/travel-advice/emirates-a380-first-class-luxury/story-e6frfqfr-1225817364839",
        "title": "Is this the most desired airline seat?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/travel/galleries/gallery-e6frflw0-1111120331039",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/travel/news/tourists-label-wicked-campervans-death-traps/story-e6frfq80-1225817940969",
        "title": "Tourists label campervans 'death traps'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/travel/news/tourists-burnt-in-hong-kong-acid-attack/story-e6frfq80-1225817945504",
        "title": "Tourists burnt in acid attack",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/travel/news/tourists-get-green-card-to-keep-climbing-uluru/story-e6frfq80-1225817368971",
        "title": "Government rejects Uluru climbing ban",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/travel/news/drag-queen-flight-uniforms-fail-to-take-off/story-e6frfq80-1225817820001",
        "title": "Hostie uniform anger",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/travel/world/central-park-by-bike/story-e6frfqc9-1225817404927",
        "title": "NY by bike",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/technology/laser-projector-boxee-web-tv-box-win-ces-gadget-awards/story-e6frfro0-1225817940987",
        "title": "Pocket projector, web TV box win awards",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/technology/worlds-first-life-size-robotic-girlfriend/story-e6frfro0-1225817805297",
        "title": "World's first life-size robotic girlfriend",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/technology/e-reader-makers-seek-bestseller-but-may-be-has-beens-after-ces/story-e6frfro0-1225817945583",
        "title": "E-readers could be has-beens after CES",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/technology/apple-tablet-supply-chain-points-to-q2-launch-sources/story-e6frfro0-1225817943041",
        "title": "Apple tablet 'due in second quarter'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.news.com.au/technology/mobile-phone-calls-safe-from-hackers/story-e6frfro0-1225817249286",
        "title": "Mobile calls 'safe from eavesdroppers'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.theaustralian.com.au/business/second-leg-of-digital-auction-ramped-up/story-e6frg8zx-1225817871516",
        "title": "Digital auction ramped up",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.theaustralian.com.au/australian-it/rta-facial-recognition-to-catch-driving-licence-cheats/story-e6frgakx-1225817961905",
        "title": "Facial recognition to catch licence cheats",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.theaustralian.com.au/australian-it/qld-ticketing-theft-case-investigated/story-e6frgakx-1225817967045",
        "title": "Qld ticketing 'theft' investigated",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.theaustralian.com.au/australian-it/google-planning-nexus-enterprise-phone/story-e6frgakx-1225818029070",
        "title": "Google planning Nexus enterprise phone",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.theaustralian.com.au/australian-it/apple-tablet-supply-chain-points-to-q2-launch/story-e6frgakx-1225818027053",
        "title": "Apple tablet supply chain points to Q2 launch",
        "published": None,
        "author": None,
    },
]
