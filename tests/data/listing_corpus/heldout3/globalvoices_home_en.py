"""Real page: the home page of Global Voices (globalvoicesonline.org, WordPress, 14 October
2012), saved by mediacloud/backend as a test site. No `lang`. Under the heading "Latest
stories", three <div class=dategroup>, each an <h3 class=datestamp> day ("14 October 2012",
the site's days are UTC's) over its posts: an <h3 class=post-title> link, "Written by
Asteris Masouras · Western Europe" (or "Written by Lourdes Sada · Translated by Eleanor
Staniforth · …": the writer is the author), the excerpt, "read »" and share links. Not
entries: the "Featured stories" carousel above (three older posts, one a video caption), the
"Special Coverage" topic pages, the right column's "Updates" roundups and "Recent comments"
(post titles again), the footer's country and topic lists. `now` is the hour the page was
rendered, its <body> class "y2012 m10 d14 h11".

Page: mediacloud/backend @ a2108147d2bf90245b5545fae0bd9a80c13ae1de : containers/common/tests/data/test-websites/gv/home.html (AGPL-3.0).
"""

from datetime import UTC, date, datetime

url = "http://globalvoicesonline.org/"
timezone = "UTC"
now = datetime(2012, 10, 14, 11, 59, tzinfo=UTC)

entries = [
    {
        "link": "http://globalvoicesonline.org/2012/10/14/greece-theater-critic-assaulted-by-neo-nazis-and-religious-groups-protesting-play/",
        "title": "Greece: Theater Critic Assaulted by Neo-nazis and Religious Groups Protesting Play",
        "published": date(2012, 10, 14),
        "author": "Asteris Masouras",
    },
    {
        "link": "http://globalvoicesonline.org/2012/10/14/saudi-arabia-women2drive-steps-up-tone-blames-government-policies/",
        "title": "Saudi Arabia: Women2Drive Steps Up Tone; Blames Government Policies",
        "published": date(2012, 10, 14),
        "author": "Osama Khalid",
    },
    {
        "link": "http://globalvoicesonline.org/2012/10/14/zambia-youtube-documentary-on-negative-impact-of-copper-mining/",
        "title": "Zambia: YouTube Documentary on Negative Impact of Copper Mining",
        "published": date(2012, 10, 14),
        "author": "Gershom Ndhlovu",
    },
    {
        "link": "http://globalvoicesonline.org/2012/10/14/sierra-leone-is-ami-musa-the-saddest-pinterest-page-in-the-world/",
        "title": "Sierra Leone: Is Ami Musa the Saddest Pinterest Page in the World?",
        "published": date(2012, 10, 14),
        "author": "Ndesanjo Macha",
    },
    {
        "link": "http://globalvoicesonline.org/2012/10/14/greece-police-post-photos-of-youth-detained-at-general-strike/",
        "title": "Greece: Police Post Photos of Youth Detained at General Strike",
        "published": date(2012, 10, 14),
        "author": "Maria Sidiropoulou",
    },
    {
        "link": "http://globalvoicesonline.org/2012/10/13/sri-lanka-the-future-in-the-hand-of-young-leaders/",
        "title": "Sri Lanka: The Future In The Hand Of Young Leaders",
        "published": date(2012, 10, 13),
        "author": "Rezwan",
    },
    {
        "link": "http://globalvoicesonline.org/2012/10/13/spain-government-insults-judge-for-exonerating-protestors/",
        "title": "Spain: Government Insults Judge for Exonerating Protestors",
        "published": date(2012, 10, 13),
        "author": "Lourdes Sada",
    },
    {
        "link": "http://globalvoicesonline.org/2012/10/13/sao-tome-principe-deforestation-threatens-biodiversity/",
        "title": "São Tomé & Príncipe: Deforestation Threatens Biodiversity",
        "published": date(2012, 10, 13),
        "author": "Mário Lopes",
    },
    {
        "link": "http://globalvoicesonline.org/2012/10/12/mexico-yosoy132-and-the-festival-corona-capital-2012/",
        "title": "Mexico: #YoSoy132 and the Festival ‘Corona Capital 2012′",
        "published": date(2012, 10, 12),
        "author": "J. Tadeo",
    },
    {
        "link": "http://globalvoicesonline.org/2012/10/12/online-journalist-barred-from-japans-diet-press-hall/",
        "title": "Online Journalist Barred from Japan's Diet Press Hall",
        "published": date(2012, 10, 12),
        "author": "Keiko Tanaka",
    },
]
