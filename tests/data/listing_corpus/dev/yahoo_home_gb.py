"""Real page: Yahoo UK's home page (uk.yahoo.com, 24 July 2014), saved by
AndyTheFactory/newspaper4k for its tests. en-GB. On top, the "Today" module: a lead story (a
picture link, the headline link in <h3 class=main-title>, a teaser and "Latest updates »") and
a carousel strip of "More stories" (a thumbnail and a short label each, the lead's own among
them); the lead and the strip's other stories are entries, titled by their labels; the lead's
title is not scored, the page heads it twice ("Passenger plane carrying 116 crashes" here,
"Algerian plane has crashed, says official" in the single-story module under it). The news
stream is a <ul> of 20 <li class="content …">: a thumbnail link, the headline link in <h3>, a
summary <p>, then an attribution line with the provider (<span class=source>Reuters</span>)
and, on some items only, "<span class=time>32 mins ago</span>"; items without it show no date.
Entries: those and the stream's items. Not entries: the services menu (Mail, News, Sport…), the
header, trending and weather modules, the footer. `now` is taken as 12:00 UTC that day, so "32 mins
ago" is 11:28 UTC. The provider names are not bylines: authors are not scored.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://uk.yahoo.com/"
timezone = "Europe/London"
now = datetime(2014, 7, 24, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://uk.news.yahoo.com/algeria-passenger-plane-disappears-radar-093510948.html",
        "published": None,
    },
    {
        "link": "https://uk.screen.yahoo.com/video/playlist/amazing-talent/elderly-man-throws-away-crutches-155016748.html?vp=1",
        "title": "Old man will surprise you",
        "published": None,
    },
    {
        "link": "https://uk.eurosport.yahoo.com/blogs/blazin-saddles/tour-farce-motorised-majka-winking-winner-180053088.html?vp=1",
        "title": "Star reacts to crash",
        "published": None,
    },
    {
        "link": "https://uk.news.yahoo.com/video/playlist/good-deeds-videos/magician-gives-money-homeless-people-144752217.html",
        "title": "Magician's touching trick",
        "published": None,
    },
    {
        "link": "https://uk.eurosport.yahoo.com/photos/the-most-ridiculous-things-fans-have-printed-on-shirts-1406123874-slideshow/",
        "title": "Mum 'so upset' at shirt blunder",
        "published": None,
    },
    {
        "link": "https://uk.yahoo.com/movies/fifty-shades-of-grey-movies-first-full-trailer-92727456111.html",
        "title": "Fifty Shades Of Grey Movies First Full Trailer",
        "published": datetime(2014, 7, 24, 11, 28, tzinfo=UTC),
    },
    {
        "link": "http://uk.news.yahoo.com/lamb-kebabs-found-contain-no-lamb-105908881.html",
        "title": "Lamb kebabs found to contain no… lamb",
        "published": None,
    },
    {
        "link": "http://uk.celebrity.yahoo.com/gossip/celeb-news/paul-hogan-s-divorce-is-dundee-203423072.html",
        "title": "Paul Hogan's Divorce Is Dundee",
        "published": None,
    },
    {
        "link": "http://uk.celebrity.yahoo.com/gossip/omg/katie-hopkins-slams-peaches-geldof-s-mothering-abilities-with-sarcastic-tweet-082011188.html",
        "title": "Katie Hopkins Slams Peaches Geldof's Mothering Abilities With Sarcastic Tweet",
        "published": None,
    },
    {
        "link": "http://uk.news.yahoo.com/kim-kardashian-kanye-west-heading-divorce-tabloid-claims-095236314.html",
        "title": "Kim Kardashian and Kanye West Heading for Divorce? Tabloid Claims Couple's Marriage 'Over After 58 Days'",
        "published": None,
    },
    {
        "link": "http://uk.celebrity.yahoo.com/gossip/omg/gemma-atkinson-s-got-her-abs-out-again--get-your-motivation-faces-on-131219566.html",
        "title": "Gemma Atkinson's Got Her Abs Out Again, Get Your Motivation Faces On",
        "published": datetime(2014, 7, 24, 11, 31, tzinfo=UTC),
    },
    {
        "link": "http://uk.news.yahoo.com/mh17-parents-living-hell-beyond-hell-072703041.html",
        "title": "MH17 Parents Living In 'Hell Beyond Hell'",
        "published": None,
    },
    {
        "link": "http://uk.eurosport.yahoo.com/news/manchester-united-7-0-la-galaxy-did-learn-082734514.html",
        "title": "Manchester United 7-0 LA Galaxy: What Did We Learn from Louis Van Gaal's First Match in Charge?",
        "published": None,
    },
    {
        "link": "http://uk.news.yahoo.com/mh17-dutch-mayor-wants-netherlands-deport-putins-daughter-181756215.html",
        "title": "MH17: Dutch Mayor wants Netherlands to 'Deport Putin's Daughter, Maria'",
        "published": None,
    },
    {
        "link": "http://uk.celebrity.yahoo.com/gossip/omg/danielle-lloyd-and-her-six-pack-enjoy-pda-workout-sesh-with-hubby-jamie-o-hara-115256649.html",
        "title": "Danielle Lloyd And Her Six Pack Enjoy PDA Workout Sesh With Hubby Jamie O'Hara",
        "published": None,
    },
    {
        "link": "http://uk.tv.yahoo.com/bindi-irwin-dad-steve-death-time-heals-wounds-205237092.html",
        "title": "Bindi Irwin On Dad Steve Death: Time Heals Wounds Is 'Biggest Lie You Will Ever Hear'",
        "published": None,
    },
    {
        "link": "http://uk.news.yahoo.com/uk-minister-warns-israel-western-opinion-turning-against-132726331.html",
        "title": "UK minister warns Israel Western opinion is turning against it over Gaza",
        "published": datetime(2014, 7, 24, 11, 47, tzinfo=UTC),
    },
    {
        "link": "http://uk.news.yahoo.com/syrias-chemical-weapons-being-destroyed-131632570.html",
        "title": "How Syria's Chemical Weapons Are Being Destroyed",
        "published": datetime(2014, 7, 24, 11, 36, tzinfo=UTC),
    },
    {
        "link": "http://uk.celebrity.yahoo.com/gossip/celeb-news/helen-mirren-s-secret-to-staying-bikini-fit--a-12-minute-military-workout-165354627.html",
        "title": "Helen Mirren's Secret to Staying Bikini Fit: A 12-Minute Military Workout",
        "published": None,
    },
    {
        "link": "http://uk.news.yahoo.com/two-ukrainian-fighter-jets-shot-down-over-rebel-104655886.html",
        "title": "Ukraine jets downed near MH17 site by 'missile from Russia'",
        "published": None,
    },
    {
        "link": "http://uk.eurosport.yahoo.com/blogs/early-doors/james-rodriguez-does-ronaldo-first-day-real-madrid-194038891.html",
        "title": "James Rodriguez ‘does a Ronaldo’ on his first day at Real Madrid",
        "published": None,
    },
    {
        "link": "http://uk.news.yahoo.com/queen-joins-prince-george-first-birthday-party-163746166.html",
        "title": "Queen joins Prince George for first birthday party",
        "published": None,
    },
    {
        "link": "http://uk.news.yahoo.com/gout-disease-kings-rise-095558486.html",
        "title": "Gout, disease of kings, on the rise",
        "published": None,
    },
    {
        "link": "http://uk.news.yahoo.com/arizona-inmate-dies-2-hours-execution-began-230855668.html",
        "title": "Arizona inmate dies 2 hours after execution began",
        "published": None,
    },
    {
        "link": "http://uk.lifestyle.yahoo.com/forget-fomo--meet-momo--the-latest-social-media-anxiety-is-the--mystery-of-missing-out-133133744.html",
        "title": "Forget FOMO, Meet MOMO: The Latest Social Media Anxiety Is The ‘Mystery Of Missing Out’",
        "published": datetime(2014, 7, 24, 11, 51, tzinfo=UTC),
    },
]
