"""Real page: the home page of the U.S. Department of Energy (energy.gov, Drupal, early October
2017), kept as a fixture by edgi-govdata-archiving/web-monitoring-diff (a version its
monitoring of government sites had captured). An institution's home page of blocks, like an
NGO's or a university's: after the menus, a hero of two featured teasers (each a `<div
class="node … node-teaser">` whose <a class=title-link> shows a headline that differs from the
hidden `dc:title` of the story it links: "Working Together to Restore Power in Puerto Rico…"
over "DOE Emergency Responders Active in Power Restoration Efforts…") and a topic link
("STEM Education Resources", a section, not an entry); "Energy News", ten cards of a
title link, "<div class=date>September 29, 2017</div>" and a summary (one title cut by the
site with "..."); "ENERGY BLOG", ten image cards of a title link, a summary and "Learn More"
(no dates); "Direct Current: An Energy.gov Podcast" (one link, not an entry); "#WomeninSTEM",
four cards with their days. Entries: the hero's two stories and the three blocks' cards, in
page order. Titles: the visible link text (the site's "..." kept). Two blog titles hold
"Didn’t" double-encoded in the page's bytes (U+00E2 and two C1 controls where the apostrophe
was), which a reader sees as mojibake or boxes: their titles are left out (not scored). No
bylines (authors None); the hero and blog cards show no day (published None). Not entries:
menus, the topic link, the podcast, "Learn More" links, the footer. The address is the page's
canonical link; `now` is set just after the newest day shown (29 September 2017), the fixture
not recording when it was captured. Days only (`date`).
"""

from datetime import UTC, date, datetime

url = "https://energy.gov/"
timezone = "America/New_York"
now = datetime(2017, 10, 2, 0, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://energy.gov/oe/articles/doe-emergency-responders-active-power-restoration-efforts-puerto-rico-and-us-virgin",
        "title": "Working Together to Restore Power in Puerto Rico and the U.S. Virgin Islands",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/staff-report-secretary-electricity-markets-and-reliability",
        "title": "Staff Report to the Secretary on Electricity Markets and Reliability",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/secretary-perry-announces-conditional-commitment-support-continued-construction-vogtle",
        "title": "Secretary Perry Announces Conditional Commitment to Support Continued Construction of Vogtle Advanced Nuclear Energy Project",
        "published": date(2017, 9, 29),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/secretary-perry-urges-ferc-take-swift-action-address-threats-grid-resiliency",
        "title": "Secretary Perry Urges FERC to Take Swift Action to Address Threats to Grid Resiliency",
        "published": date(2017, 9, 29),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/secretary-energy-rick-perry-announces-36-million-projects-advance-carbon-capture",
        "title": "Secretary of Energy Rick Perry Announces $36 Million for Projects to Advance Carbon Capture Technologies",
        "published": date(2017, 9, 22),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/secretary-energy-rick-perry-announces-integrated-biorefinery-optimization-projects",
        "title": "Secretary of Energy Rick Perry Announces Integrated Biorefinery Optimization Projects",
        "published": date(2017, 9, 20),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/secretary-energy-rick-perry-announces-high-performance-computing-materials-program-help",
        "title": "Secretary of Energy Rick Perry Announces High Performance Computing for Materials Program to Help Industry Develop New, Improved Material...",
        "published": date(2017, 9, 19),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/department-energy-announces-18-new-projects-accelerate-production-macroalgae-energy-and",
        "title": "Department of Energy Announces 18 New Projects to Accelerate Production of Macroalgae for Energy and Other Uses",
        "published": date(2017, 9, 19),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/department-energy-national-labs-recognized-international-rd-hub-international-atomic-energy",
        "title": "Department of Energy National Labs Recognized as International R&D Hub by International Atomic Energy Agency",
        "published": date(2017, 9, 18),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/us-department-energy-authorizes-eagle-maxville-small-scale-liquefied-natural-gas-exports",
        "title": "U.S. Department of Energy Authorizes Eagle Maxville Small-Scale Liquefied Natural Gas Exports",
        "published": date(2017, 9, 15),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/secretary-energy-rick-perry-announces-nearly-20-million-help-commercialize-promising-energy",
        "title": "Secretary of Energy Rick Perry Announces Nearly $20 Million To Help Commercialize Promising Energy Technologies",
        "published": date(2017, 9, 13),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/energy-department-announces-achievement-sunshot-goal-new-focus-solar-energy-office",
        "title": "Energy Department Announces Achievement of SunShot Goal, New Focus for Solar Energy Office",
        "published": date(2017, 9, 12),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/solar-decathlon-3-stem-resources-teachers",
        "title": "Solar Decathlon: 3 STEM Resources for Teachers",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/indianenergy/articles/doe-joins-american-indian-science-and-engineering-society-pledge-encourage",
        "title": "DOE Joins AISES Pledge to Encourage Natives in STEM",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/nuclear-heart-cassini",
        "title": "The Nuclear Heart of Cassini",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/working-together-restore-power-after-hurricane-irma",
        "title": "Restoring Power After Irma",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/secretary-perry-statement-womens-equality-day",
        "title": "Women's Equality Day",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/throwing-shade-3-things-know-about-solar-eclipse",
        "title": "Throwing Shade: 3 Things to Know About the Solar Eclipse",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/eere/wind/articles/top-10-things-you-didn-t-know-about-offshore-wind-energy",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/eere/wind/articles/top-10-things-you-didn-t-know-about-distributed-wind-power",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/5-things-you-should-know-about-wind-energy",
        "title": "5 Things You Should Know About Wind Energy",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/eere/wind/articles/top-10-things-you-didnt-know-about-wind-power",
        "title": "Top 10 Things You Didn't Know About Wind Power",
        "published": None,
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/five-fast-facts-about-nora-stanton-blatch-barney",
        "title": "Five Fast Facts about Nora Stanton Blatch Barney",
        "published": date(2017, 3, 30),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/five-fast-facts-about-dr-ruby-hirose",
        "title": "Five Fast Facts about Dr. Ruby Hirose",
        "published": date(2017, 3, 23),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/five-fast-facts-about-barbara-mcclintock",
        "title": "Five Fast Facts About Barbara McClintock",
        "published": date(2017, 3, 16),
        "author": None,
    },
    {
        "link": "https://energy.gov/articles/five-fast-facts-about-evelyn-boyd-granville",
        "title": "Five Fast Facts About Evelyn Boyd Granville",
        "published": date(2017, 3, 9),
        "author": None,
    },
]
