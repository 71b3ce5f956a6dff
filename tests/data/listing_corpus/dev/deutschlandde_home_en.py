"""Real page: deutschland.de's English home page ("How Germany ticks", the German Foreign
Office's magazine portal, early September 2017), saved by adbar/htmldate for its tests. English.
Groups of cards (<article class=cover>: a picture link, the headline link in a <div> or <h3>, a
teaser and "Read more", three links to one article each) under group headers ("Let us explain /
The general elections / show overview", "What links us all / Germany and the world"), a
slider of six cards at the top, a "Snapshot" news box (three headlines, the first with a
teaser), a video box (three titles with "play") and a "Talking points" box. Entries: every
card's, the Snapshot's and the video box's article, in page order; an article shown twice
(the slider and a group) counts once. Not entries: the group headers' and "Talking points"'
"show overview" links, "Services for our partners", the quiz, the Twitter box, the menus (regions,
chapters) and the footer. No card shows a date or a byline.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.deutschland.de/en"
timezone = "Europe/Berlin"
now = datetime(2017, 9, 5, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.deutschland.de/en/topic/business/the-make-it-in-germany-portal-offers-information-on-careers-in-germany",
        "title": "Five steps to finding a job in Germany",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/business/flying-start-ups",
        "title": "Flying start-ups",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/no-need-to-panic",
        "title": "“No need to panic”",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/what-influence-does-the-tv-duel-have",
        "title": "What influence does the TV duel have?",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/2017-bundestag-election:stability-instead-of-division",
        "title": "Stability instead of division",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/2017-bundestag-elections:motivated-first-time-voters",
        "title": "Having a say for the first time",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/the-chancellor-candidates",
        "title": "The Chancellor candidates",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/node/5023",
        "title": "This is the way the federal elections work.",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/place-of-remembrance-for-the-victims-of-the-munich-massacre-in-1972",
        "title": "“An incision that changed everything”",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/life/how-families-live-in-germany",
        "title": "How families live in Germany",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/news/german-chemical-sector-bullish",
        "title": "German chemical sector bullish",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/news/memorial-to-1972-munich-massacre",
        "title": "Memorial to 1972 Munich massacre",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/news/crazy-for-classic-opels",
        "title": "Crazy for classic Opels",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/life/see-berlin-through-new-eyes",
        "title": "See Berlin through new eyes!",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/more-like-coalition-talks",
        "title": "“More like coalition talks”",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/news/about-3-million-first-time-voters-0",
        "title": "About 3 million first-time voters",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/kassel-experiencing-cultural-history",
        "title": "Kassel: Experiencing cultural history",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/knowledge/the-site-of-the-strongest-x-ray-laser-pulses",
        "title": "The site of the strongest X-ray laser pulses",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/dont-post-talk",
        "title": "Don’t post, talk!",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/a-date-with-europe-open-day-2017-in-foreign-office",
        "title": "A date with Europe: Open Day 2017 in Foreign Office",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/videos/europe-reunited",
        "title": "Europe reunited",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/news/responsibility-of-religions-for-peace",
        "title": "Responsibility of religions for peace",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/chinafrika-under-construction",
        "title": "“Chinafrika. under construction”",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/news-for-new-berliners",
        "title": "News for new Berliners",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/love-is-a-strong-currency",
        "title": "“Love is a strong currency”",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/life/new-roma-institute-in-berlin",
        "title": "New Roma Institute in Berlin",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/business/pleasant-bosses",
        "title": "Pleasant bosses",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/gabriel-to-visit-uganda",
        "title": "Gabriel to visit Uganda",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/support-for-uganda",
        "title": "Support for Uganda",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/strengthening-the-sahel-states",
        "title": "Strengthening the Sahel states",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/environment/the-green-man-of-malaysia",
        "title": "The “Green Man” of Malaysia",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/life/kohlrabi-instead-of-papaya",
        "title": "Kohlrabi instead of papaya",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/cultural-preservation-germanys-commitment-worldwide",
        "title": "In the world’s workshop",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/arts-architecture/preservation-of-cultural-heritage-in-indonesia",
        "title": "Preservation of cultural heritage in Indonesia",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/politics/development-dialogue/transatlantic-dialogue-virtual-and-very-down-to-earth",
        "title": "Transatlantic dialogue, virtual and very down to earth",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/arts-architecture/preservation-of-cultural-heritage-in-cambodia",
        "title": "Preservation of cultural heritage in Cambodia",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/the-kinshasa-collection",
        "title": "The “Kinshasa Collection”",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/life/lifestyle-cuisine/from-child-refugee-to-trendy-restauranteur",
        "title": "From child refugee to trendy restauranteur",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/life/society-integration/learning-through-laughter",
        "title": "Learning through laughter",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/life/germans-dont-like-standing-out",
        "title": "“Germans don’t like standing out”",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/what-germany-is-reading",
        "title": "What Germany is reading",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/life/how-germany-holidays",
        "title": "How Germany holidays",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.deutschland.de/en/topic/culture/wed-like-to-show-you-deutschlandde",
        "title": "We’d like to show you deutschland.de",
        "published": None,
        "author": None,
    },
]
