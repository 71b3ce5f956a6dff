"""Real page: MSN's US home page (msn.com, 14 March 2014), saved by kangax/html-minifier as a
benchmark input (benchmarks/msn.html). en-US. A portal: search bar and services menu on top;
the main area (#area1) opens with a carousel of ten slides of which only the first is filled
(a headline "News: New Clinton WH records released" in a <span>, then three picture teasers, a
picture link and a caption link each, the first to the headline's own page), "EDITORS' PICKS"
(nine headline links), then six section blocks of one markup (<div class="… hlcpm1"> under an
<h2> linking to the section: NEWS, SPORTS, ENTERTAINMENT, MONEY, LIVING, AUTOS — a lead
picture link and headline link, then six one-line links, some videos), the market update, a
column of weather, local events, movie showtimes, "MSN SPOTLIGHT", a car search, shopping, "MORE
ON MSN" and "MUST-SEE PHOTO", and "POPULAR THIS WEEK" (shared, commented, viewed); the right
column (#area2) holds videos, popular searches, a poll, Outlook.com and Bing's "In case you
missed it". Entries: every headline of the carousel, the editors' picks and the six section
blocks (videos and galleries too), once each, in page order (53); a lead's picture link, whose
address differs by a tracking parameter ("?gt1=28135"), is the same entry (`also`); links are written canonical (MSN's "ocid=msnhp" dropped). Titles: the
link's text; a headline shown twice with two texts (the carousel's first) and one opening with
a label and a colon ("Video: …", "Review: …", "Kerry: …": the page does not settle whether the
label belongs to it) are not scored. No dates or bylines are shown. Not entries: the sections'
header links, the autos block's closing link to its section, the market update, the weather,
local and movie boxes, "MSN SPOTLIGHT" and "MORE ON MSN" (promotions of MSN's sites),
"MUST-SEE PHOTO", "POPULAR THIS WEEK", the right column, the menus and the footer.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "http://www.msn.com/"
timezone = "America/New_York"
now = datetime(2014, 3, 14, 22, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://news.msn.com/us/new-clinton-white-house-records-to-be-released",
        "published": None,
        "author": None,
    },
    {
        "link": "http://news.msn.com/crime-justice/women-indicted-in-maryland-exorcism-deaths",
        "title": "Women indicted in exorcism deaths",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.nbcnews.com/news/us-news/vet-who-says-he-was-kissing-sailor-famous-photo-dies-n52876",
        "title": "'Kissing sailor' in classic pic dies",
        "published": None,
        "author": None,
    },
    {
        "link": "http://news.msn.com/crime-justice/sentencing-set-for-man-in-arizona-temple-slayings",
        "title": "Ariz. temple killer sentenced",
        "published": None,
        "author": None,
    },
    {
        "link": "http://money.msn.com/debt-management/article.aspx?post=2b9b42ac-dc76-4d05-8b6c-fd914e8a55fb",
        "title": "Does your college matter?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.nbcnews.com/news/us-news/no-more-missing-rubble-n-y-explosion-death-toll-8-n52741",
        "title": "No more missing in NYC blast",
        "published": None,
        "author": None,
    },
    {
        "link": "http://healthyliving.msn.com/pregnancy-parenting/kids-health/stress-can-quickly-harm-kids-health-study-1",
        "title": "Stress can quickly harm kids",
        "published": None,
        "author": None,
    },
    {
        "link": "http://movies.msn.com/movies/article.aspx?news=857106",
        "title": "'Star' Hollywood reporter dies",
        "published": None,
        "author": None,
    },
    {
        "link": "http://news.msn.com/crime-justice/into-the-wild-hunter-fatally-shot-by-police-in-alaska",
        "title": "'Into the Wild' hunter killed",
        "published": None,
        "author": None,
    },
    {
        "link": "http://wonderwall.msn.com/music/jamie-lynn-spears-fiance-jamie-watson-get-marriage-license-will-marry-in-march-2014-1802514.story",
        "title": "Jamie Lynn is getting married",
        "published": None,
        "author": None,
    },
    {
        "link": "http://news.msn.com/us/passengers-from-crippled-pa-plane-arrive-in-fla",
        "title": "Plane crippled in Philly takeoff",
        "published": None,
        "author": None,
    },
    {
        "link": "http://living.msn.com/family-parenting/mom-to-mom/slideshow?cp-documentid=253386864",
        "title": "20 things moms should know",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.nbcnews.com/storyline/ukraine-crisis/kerry-we-wont-recognize-crimea-vote-n52966?pos=1",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.nbcnews.com/storyline/ukraine-crisis/russias-lavrov-no-common-vision-u-s-ukraine-n52896?pos=2",
        "title": "No 'common vision' on Ukraine",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.nbcnews.com/news/video/college-cancels-controversial-diversity-event-n52721?pos=3",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.nbcnews.com/storyline/pistorius-trial/photo-bare-chested-pistorius-crime-scene-shown-trial-n52546?pos=4",
        "title": "Bare-chested Pistorius shown",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.nbcnews.com/politics/first-read/scott-brown-poised-help-gop-expand-senate-fight-n52651?pos=5",
        "title": "Scott Brown to help GOP",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.nbcnews.com/watch/nbc-news/jet-q-a-every-scenario-is-far-fetched-195221571646?pos=6",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.today.com/food/happy-pi-day-mix-little-st-patricks-day-fun-your-2D79374850?pos=7",
        "title": "How to celebrate Pi Day",
        "published": None,
        "author": None,
    },
    {
        "link": "http://msn.foxsports.com/college-basketball/story/bubble-watch-stanford-soars-but-big-east-tourney-leaves-some-upset-031414",
        "published": None,
        "author": None,
    },
    {
        "link": "http://msn.foxsports.com/college-football/story/josh-booty-s-advice-to-jameis-winston-keep-playing-baseball-031414",
        "title": "2-sport star's Winston advice",
        "published": None,
        "author": None,
    },
    {
        "link": "http://msn.foxsports.com/nascar/story/video-danica-patrick-crashes-early-in-first-bristol-practice-031414",
        "title": "Danica crash at Bristol practice",
        "published": None,
        "author": None,
    },
    {
        "link": "http://msn.foxsports.com/nfl/story/revis-island-now-on-the-map-in-new-england-literally-031414",
        "title": "'Revis Island' now a reality?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://msn.foxsports.com/college-basketball/story/follow-college-hoops-scores-031414",
        "published": None,
        "author": None,
    },
    {
        "link": "http://msn.foxsports.com/southwest/story/demarcus-ware-disappointed-jerry-jones-made-his-business-public-031314",
        "title": "Ware unhappy with Jerry Jones",
        "published": None,
        "author": None,
    },
    {
        "link": "http://msn.foxsports.com/nfl/story/who-remains-after-third-day-of-nfl-free-agency-031314",
        "published": None,
        "author": None,
    },
    {
        "link": "http://wonderwall.msn.com/movies/week-in-photos-for-march-14-2014-28449.gallery",
        "also": (
            "http://wonderwall.msn.com/movies/week-in-photos-for-march-14-2014-28449.gallery?gt1=28135",
        ),
        "title": "Alessandra wears bikini at bash & more pics",
        "published": None,
        "author": None,
    },
    {
        "link": "http://music.msn.com/music/article.aspx?news=857072",
        "title": "Singer gets murder verdict",
        "published": None,
        "author": None,
    },
    {
        "link": "http://wonderwall.msn.com/tv/jessica-simpson-eric-johnson-move-wedding-no-longer-getting-married-in-italy-1802445.story",
        "title": "Simpson moves her wedding",
        "published": None,
        "author": None,
    },
    {
        "link": "http://movies.msn.com/movies/article.aspx?news=857035",
        "title": "Piers Morgan reveals new gig",
        "published": None,
        "author": None,
    },
    {
        "link": "http://tv.msn.com/video/tv/?g=39cd100d-518f-4ce2-b1b1-2c51f2e25fc4&from=en-us_msnhp",
        "title": "Pups & kitties parody first kiss",
        "published": None,
        "author": None,
    },
    {
        "link": "http://movies.msn.com/movies/movie-critic-reviews/veronica-mars",
        "published": None,
        "author": None,
    },
    {
        "link": "http://wonderwall.msn.com/movies/fashion-offenders-for-march-14-2014-3505.video?from=en-us_msnhp",
        "title": "This week's fashion offenders",
        "published": None,
        "author": None,
    },
    {
        "link": "http://money.msn.com/top-stocks/post--the-us-is-losing-the-new-cold-war",
        "published": None,
        "author": None,
    },
    {
        "link": "http://money.msn.com/business-news/article.aspx?feed=AP&date=20140314&id=17436399",
        "title": "Sam Adams pulls out of parade",
        "published": None,
        "author": None,
    },
    {
        "link": "http://money.msn.com/business-news/article.aspx?feed=AP&date=20140314&id=17436832",
        "title": "Quiznos files for bankruptcy",
        "published": None,
        "author": None,
    },
    {
        "link": "http://money.msn.com/retirement/retired-how-to-avoid-running-out-of-money",
        "published": None,
        "author": None,
    },
    {
        "link": "http://money.msn.com/tax-planning/can-new-jersey-hold-onto-its-rich-taxpayers",
        "title": "Rich taxpayers fleeing NJ",
        "published": None,
        "author": None,
    },
    {
        "link": "http://money.msn.com/health-and-life-insurance/article.aspx?post=ed294b6c-453b-406a-9231-933dd6ac14b7",
        "title": "Cash prizes for Obamacare?",
        "published": None,
        "author": None,
    },
    {
        "link": "http://money.msn.com/money-video?videoid=c5ec637e-8b7f-e534-b881-2576d88fca38&from=en-us_msnhp",
        "title": "World's 'greatest sports car'",
        "published": None,
        "author": None,
    },
    {
        "link": "http://living.msn.com/style-beauty/makeup-skin-care-hair-tips/10-quick-hairstyles-for-second-day-hair",
        "also": (
            "http://living.msn.com/style-beauty/makeup-skin-care-hair-tips/10-quick-hairstyles-for-second-day-hair?gt1=32162",
        ),
        "title": "10 chic hairstyles for second-day hair",
        "published": None,
        "author": None,
    },
    {
        "link": "http://living.msn.com/family-parenting/mom-to-mom/article?cp-documentid=259399467",
        "title": "Why you should stop yelling",
        "published": None,
        "author": None,
    },
    {
        "link": "http://living.msn.com/home-decor/diy-decorating/around-the-block-12-upcycled-kitchen-islands",
        "title": "12 upcycled kitchen islands",
        "published": None,
        "author": None,
    },
    {
        "link": "http://living.msn.com/home-decor/interior-design/what-to-do-with-a-blank-wall-in-any-room-1",
        "title": "What to do with a blank wall",
        "published": None,
        "author": None,
    },
    {
        "link": "http://living.msn.com/family-parenting/mom-to-mom/article?cp-documentid=259103780",
        "title": "Breast vs. bottle thoughts",
        "published": None,
        "author": None,
    },
    {
        "link": "http://living.msn.com/style-beauty/fashion/seven-ways-to-wear-your-spring-wardrobe-right-now",
        "title": "Wear your spring clothing now",
        "published": None,
        "author": None,
    },
    {
        "link": "http://msnvideo.msn.com/?videoID=139dbe00-10b0-486c-a52b-917ac14419be&channelindex=3&from=en-us_msnhp",
        "title": "How to reupholster a cushion",
        "published": None,
        "author": None,
    },
    {
        "link": "http://editorial.autos.msn.com/2014-geneva-motor-show-top-performance-cars?icid=autos_5345",
        "also": (
            "http://editorial.autos.msn.com/2014-geneva-motor-show-top-performance-cars?icid=autos_5345&GT1=22056",
        ),
        "title": "Top performance cars from Geneva show",
        "published": None,
        "author": None,
    },
    {
        "link": "http://editorial.autos.msn.com/media/video/default.aspx?videoid=afa58b48-c201-7252-0dd6-adaaef4fcfeb&icid=autos_5408",
        "published": None,
        "author": None,
    },
    {
        "link": "http://autos.msn.com/research/compare/default.aspx?c=0&i=0&tb=0&ph1=t0&ph2=t0&dt=0&v=t117589&v=t117772&v=t119567&icid=autos_5079",
        "title": "3 affordable SUV icons",
        "published": None,
        "author": None,
    },
    {
        "link": "http://autos.msn.com/research/compare/default.aspx?c=0&i=0&tb=0&ph1=t0&ph2=t0&dt=0&v=t118263&v=t119149&v=t120037&icid=autos_5312",
        "title": "Heavy-duty trucks under $35K",
        "published": None,
        "author": None,
    },
    {
        "link": "http://autos.msn.com/research/compare/default.aspx?c=0&i=0&tb=0&ph1=t0&ph2=t0&dt=0&v=t118268&v=t117952&v=t119015&v=t116176&icid=autos_5299",
        "title": "Sporty Euro luxury under $35K",
        "published": None,
        "author": None,
    },
    {
        "link": "http://autos.msn.com/research/compare/default.aspx?c=0&i=0&tb=0&ph1=t0&ph2=t0&dt=0&v=t118936&v=t117660&v=t119933&icid=autos_5070",
        "title": "3 sporty compacts at 35+ mpg",
        "published": None,
        "author": None,
    },
]
