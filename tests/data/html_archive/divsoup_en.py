"""Expected parse of divsoup_en.html: a React-rendered topic page with generated class names
and no semantic markup (no article, main, h1-h6, time, nav, aside). Each card is a
div.c-x5 holding an image link, a section link ("World"), the title in a.t, the excerpt in
div.c-q2 and "By NAME · Jan 5, 2026" in div.c-q3. The sidebar reuses the a.t title
component for "Most read" and "Latest", without excerpts or dates. No feed is advertised;
the head's rel="alternate" links are language versions.
"""

from datetime import UTC, datetime

url = "https://www.globalpost-example.com/topics/kremlin"
timezone = "America/Chicago"
now = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
next_page = "https://www.globalpost-example.com/topics/kremlin?page=2"
alternate_feed = None

#: [sources.select] for this page: the explicit-selector tests.
select = {
    "item": "div.c-x4 > div.c-x5",
    "title": "a.t",
    "link": "a.t",
    "summary": "div.c-q2",
    "date": "span.c-q5",
    "next": "a.c-nx",
}

#: The sidebar's "Most read" then "Latest" (first occurrence of each link).
sidebar_links = [
    "https://www.globalpost-example.com/us/2026/01/20/winter-storm-leaves-thousands-without-"
    "power-across-the-midwest-d5g1j3",
    "https://www.globalpost-example.com/world/2026/01/20/kremlin-says-it-is-studying-invitation-"
    "to-join-trumps-peace-board-k7d2q9",
    "https://www.globalpost-example.com/business/2026/01/19/fed-officials-signal-patience-on-"
    "further-rate-cuts-b6n9r4",
    "https://www.globalpost-example.com/tech/2026/01/19/chipmakers-race-to-build-new-plants-as-"
    "demand-soars-q2w7e1",
    "https://www.globalpost-example.com/science/2026/01/18/nasa-sets-new-date-for-crewed-moon-flyby-v8u3i5",
    "https://www.globalpost-example.com/politics/2026/01/21/senate-leaders-reach-deal-on-"
    "spending-package-y4h6k2",
    "https://www.globalpost-example.com/world/2026/01/21/iran-says-nuclear-talks-could-resume-"
    "next-month-f1a8z6",
    "https://www.globalpost-example.com/business/2026/01/21/oil-prices-climb-on-supply-worries-l3p9o7",
]

_SITE = "https://www.globalpost-example.com"
_NOISE = ["By ", "Anna Reyes", "Tom Hadley", "Olena Marchuk", "·", ", 2026", ", 2025", "World"]

# "Jan 5, 2026" has no time: noon in Chicago, 18:00 UTC (CST all along).
entries = [
    {
        "title": "Kremlin says it is 'studying' invitation to join Trump's peace board",
        "link": f"{_SITE}/world/2026/01/20/kremlin-says-it-is-studying-invitation-to-join-trumps-"
        "peace-board-k7d2q9",
        "published": datetime(2026, 1, 20, 18, 0, tzinfo=UTC),  # Jan 20, 2026
        "excerpt": "Spokesman Dmitry Peskov said Moscow had received the invitation through "
        'diplomatic channels and would respond after "careful analysis" of the '
        "proposal.",
        "summary_excludes": _NOISE,
    },
    {
        "title": "Russia expels British diplomat, accusing him of spying",
        "link": f"{_SITE}/world/2026/01/15/russia-expels-british-diplomat-accusing-him-of-spying-p3m8x1",
        "published": datetime(2026, 1, 15, 18, 0, tzinfo=UTC),  # Jan 15, 2026
        "excerpt": "The FSB security service said the diplomat had provided false information to "
        'obtain his accreditation. London said it would respond "robustly".',
        "summary_excludes": _NOISE,
    },
    {
        "title": "Moscow welcomes European calls to reopen dialogue, but sets conditions",
        "link": f"{_SITE}/world/2026/01/09/moscow-welcomes-european-calls-to-reopen-dialogue-but-"
        "sets-conditions-z1v6n4",
        "published": datetime(2026, 1, 9, 18, 0, tzinfo=UTC),  # Jan 9, 2026
        "excerpt": 'The Kremlin called the signals from several European capitals "positive", '
        "while insisting that any talks take into account what it calls new "
        "geopolitical realities.",
        "summary_excludes": _NOISE,
    },
    {
        "title": "Ukraine's security chief steps down in surprise shake-up",
        "link": f"{_SITE}/world/2026/01/05/ukraines-security-chief-steps-down-in-surprise-shake-up-r9b2c7",
        "published": datetime(2026, 1, 5, 18, 0, tzinfo=UTC),  # Jan 5, 2026
        "excerpt": "Vasyl Malyuk's resignation, announced by President Volodymyr Zelensky, caught "
        "many in Kyiv off guard as fighting continues along the front line.",
        "summary_excludes": _NOISE,
    },
    {
        "title": "Kremlin signals possible deal over jailed French researcher",
        "link": f"{_SITE}/world/2025/12/25/kremlin-signals-possible-deal-over-jailed-french-"
        "researcher-h4t8w2",
        "published": datetime(2025, 12, 25, 18, 0, tzinfo=UTC),  # Dec 25, 2025
        "excerpt": "Laurent Vinatier has been held in Russia since June 2024. Moscow said it had "
        'made a "proposal" to Paris but declined to give details.',
        "summary_excludes": _NOISE,
    },
    {
        "title": "Putin tells generals Russia will not start a war with Europe",
        "link": f"{_SITE}/world/2025/12/17/putin-tells-generals-russia-will-not-start-a-war-with-"
        "europe-m2k5s8",
        "published": datetime(2025, 12, 17, 18, 0, tzinfo=UTC),  # Dec 17, 2025
        "excerpt": "Speaking to the defense ministry's board, the Russian leader dismissed warnings "
        'of an imminent attack as "lies" but said the army was ready to respond.',
        "summary_excludes": _NOISE,
    },
    {
        "title": "Lavrov's absence from public view fuels speculation in Moscow",
        "link": f"{_SITE}/world/2025/11/12/lavrovs-absence-from-public-view-fuels-speculation-in-"
        "moscow-c8y3f6",
        "published": datetime(2025, 11, 12, 18, 0, tzinfo=UTC),  # Nov 12, 2025
        "excerpt": "The veteran foreign minister has not been seen since late October. The "
        "Kremlin insists there is no rift between him and the president.",
        "summary_excludes": _NOISE,
    },
]
for _entry in entries:
    _entry["summary_contains"] = [_entry["excerpt"]]
