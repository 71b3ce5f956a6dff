"""Real page: Nature's news listing (nature.com/nature/articles?type=news), saved by
damoeb/rss-proxy for its tests. Facets (article types, years) come first; then <li><article>
cards: "News | <time datetime="2019-09-05">05 September 2019</time>", an <h3 itemprop=headline>
link, a one-paragraph standfirst and an author list. Dates are days. Authors are expected
only for single-author cards (how several names should be joined is not settled). The
saved file declares no charset (the server's Content-Type header was lost); it is UTF-8.
"""

from datetime import UTC, date, datetime

url = "https://www.nature.com/nature/articles?type=news"
timezone = "Europe/London"
now = datetime(2019, 9, 6, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.nature.com/articles/d41586-019-02659-5",
        "title": "First-ever picture of a black hole scoops US$3-million prize",
        "published": date(2019, 9, 5),
        "author": "Zeeya Merali",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02647-9",
        "title": "Lost Denisovan bone reveals surprisingly human-like finger",
        "published": date(2019, 9, 5),
        "author": "Ewen Callaway",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02638-w",
        "title": "First hint that body’s ‘biological age’ can be reversed",
        "published": date(2019, 9, 5),
        "author": "Alison Abbott",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02657-7",
        "title": "UK science minister Jo Johnson resigns amid Brexit drama",
        "published": date(2019, 9, 5),
        "author": "Holly Else",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02566-9",
        "title": "Daring scientists extract ice from Earth's highest tropical glacier",
        "published": date(2019, 9, 4),
        "author": "Barbara Fraser",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02572-x",
        "title": "Opioid prescriptions: Striking differences in behaviour point to ways to combat abuse",
        "published": date(2019, 9, 4),
        "author": "Giorgia Guglielmi",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02556-x",
        "title": "Ancient worm fossil rolls back origins of animal life",
        "published": date(2019, 9, 4),
        "author": "Colin Barras",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02587-4",
        "title": "‘The most terrifying moments’: India counts down to risky Moon landing",
        "published": date(2019, 9, 3),
        "author": "T.V. Padma",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02597-2",
        "title": "Woman is first to receive cornea made from ‘reprogrammed’ stem cells",
        "published": date(2019, 9, 2),
        "author": "David Cyranoski",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02588-3",
        "title": "Foreign interference under the spotlight at Australian universities",
        "published": date(2019, 8, 30),
        "author": "Dyani Lewis",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02574-9",
        "title": "How nuclear scientists are decoding Russia’s mystery explosion",
        "published": date(2019, 8, 30),
        "author": "Elizabeth Gibney",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02551-2",
        "title": "Ocean drilling revolutionized Earth science — now geologists want to plumb new depths",
        "published": date(2019, 8, 30),
        "author": "Alexandra Witze",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02585-6",
        "title": "No ‘gay gene’: Massive study homes in on genetic basis of human sexuality",
        "published": date(2019, 8, 29),
        "author": "Jonathan Lambert",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02589-2",
        "title": "Ancient stone tools hint at settlers’ epic trek to North America",
        "published": date(2019, 8, 29),
        "author": "Ewen Callaway",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02573-w",
        "title": "Rare 3.8-million-year-old skull recasts origins of iconic ‘Lucy’ fossil",
        "published": date(2019, 8, 28),
        "author": "Colin Barras",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02576-7",
        "title": "Biggest carbon-nanotube chip yet says ‘Hello, World!’",
        "published": date(2019, 8, 28),
        "author": "Elizabeth Gibney",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02540-5",
        "title": "‘Paralysed by anxiety’: researchers speak about life in troubled ancient-DNA lab",
        "published": date(2019, 8, 23),
        "author": "Dyani Lewis",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-01805-3",
        "title": "Epstein’s $800,000 MIT donations prompt resignations and investigation",
        "published": date(2019, 8, 23),
        "author": "Lauren Morello",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02537-0",
        "title": "Alarming surge in Amazon fires prompts global outcry",
        "published": date(2019, 8, 23),
        "author": "Rodrigo de Oliveira Andrade",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02542-3",
        "title": "CRISPR cuts turn gels into biological watchdogs",
        "published": date(2019, 8, 22),
        "author": "Ewen Callaway",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02509-4",
        "title": "Huge US government study to offer genetic counselling",
        "published": date(2019, 8, 21),
        "author": "Jonathan Lambert",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02360-7",
        "title": "Will China lead the world in AI by 2030?",
        "published": date(2019, 8, 21),
        "author": "Sarah O’Meara",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02461-3",
        "title": "Geologist’s sacking prompts outcry",
        "published": date(2019, 8, 20),
        "author": "Quirin Schiermeier",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02490-y",
        "title": "Head of prestigious ancient-DNA lab suspended amid bullying allegations",
        "published": date(2019, 8, 19),
        "author": "Dyani Lewis",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02484-w",
        "title": "Brazil’s budget cuts threaten more than 80,000 science scholarships",
        "published": date(2019, 8, 19),
        "author": "Rodrigo de Oliveira Andrade",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02489-5",
        "title": "Alarm as devastating banana fungus reaches the Americas",
        "published": date(2019, 8, 19),
        "author": "Jonathan Lambert",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02485-9",
        "title": "The Philippines creates its first space agency",
        "published": date(2019, 8, 19),
        "author": "Andrew Silver",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02348-3",
        "title": "Do C-section babies need mum’s microbes? Trials tackle controversial idea",
        "published": date(2019, 8, 16),
        "author": "Sara Reardon",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02473-z",
        "title": "Chemists make first-ever ring of pure carbon",
        "published": date(2019, 8, 15),
        "author": "Davide Castelvecchi",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02462-2",
        "title": "Alaska governor halves massive funding cut to state university system",
        "published": date(2019, 8, 14),
        "author": "Jonathan Lambert",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02464-0",
        "title": "Treatment for extreme drug-resistant tuberculosis wins US government approval",
        "published": date(2019, 8, 14),
        "author": "Amy Maxmen",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02455-1",
        "title": "Astronomers closer to cracking mystery of fast radio bursts",
        "published": date(2019, 8, 13),
        "author": "Elizabeth Gibney",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02434-6",
        "title": "Brain-chip engineer tapped to lead South Korea’s science ministry",
        "published": date(2019, 8, 13),
        "author": "Mark Zastrow",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02424-8",
        "title": "Dark-energy mapper will reconstruct 11 billion years of cosmic history",
        "published": date(2019, 8, 12),
        "author": "Davide Castelvecchi",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02439-1",
        "title": "Trump administration weakens Endangered Species Act",
        "published": date(2019, 8, 12),
        "author": "Jonathan Lambert",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02442-6",
        "title": "Two Ebola drugs show promise amid ongoing outbreak",
        "published": date(2019, 8, 12),
        "author": "Amy Maxmen",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02430-w",
        "title": "Scientists glimpse oddball microbe that could help explain rise of complex life",
        "published": date(2019, 8, 9),
        "author": "Jonathan Lambert",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02403-z",
        "title": "Giant freshwater fishes are in alarming decline",
        "published": date(2019, 8, 8),
        "author": "Amy Maxmen",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02383-0",
        "title": "Blackbirds, brains and bleached anemones — July’s best science images",
        "published": date(2019, 8, 8),
        "author": "Matthew Warren",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02409-7",
        "title": "Eat less meat: UN climate-change report calls for change to human diet",
        "published": date(2019, 8, 8),
        "author": "Quirin Schiermeier",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02362-5",
        "title": "China approves ethics advisory group after CRISPR-babies scandal",
        "published": date(2019, 8, 8),
        "author": "Hepeng Jia",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02332-x",
        "title": "Mexican science suffers under debilitating budget cuts",
        "published": date(2019, 8, 8),
        "author": "Giorgia Guglielmi",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02354-5",
        "title": "Astronomy impasse: What's next for the Thirty Meter Telescope?",
        "published": date(2019, 8, 7),
        "author": "Alexandra Witze",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02389-8",
        "title": "US trust in scientists is now on par with the military",
        "published": date(2019, 8, 6),
        "author": "Heidi Ledford",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02397-8",
        "title": "Speculative ‘supergravity’ theory wins US$3-million prize",
        "published": date(2019, 8, 6),
        "author": "Zeeya Merali",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02361-6",
        "title": "India’s geologists champion law to protect fossil treasures",
        "published": date(2019, 8, 5),
        "author": "Priyanka Pulla",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02384-z",
        "title": "Climate change made European heatwave up to 3°C hotter",
        "published": date(2019, 8, 2),
        "author": "Quirin Schiermeier",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02364-3",
        "title": "Milky Way’s twisted spiral revealed in 3D",
        "published": date(2019, 8, 1),
        "author": "Elizabeth Gibney",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02353-6",
        "title": "‘Tropical Trump’ sparks unprecedented crisis for Brazilian science",
        "published": date(2019, 8, 1),
        "author": "Jeff Tollefson",
    },
    {
        "link": "https://www.nature.com/articles/d41586-019-02344-7",
        "title": "‘No one is immune’: Alaska’s scientists despair over plan to shrink state universities",
        "published": date(2019, 7, 31),
        "author": "Jonathan Lambert",
    },
]
