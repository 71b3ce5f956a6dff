"""Real page: English Wikinews's Main Page (en.wikinews.org, 6 September 2016, 22:34 UTC),
the body of a response recorded by lizdenhup/cli-gem-refactor for its scraper's tests.
English. A MediaWiki page whose content is one layout <table class=the_table>: a header row
(date, "Copy us", "Newsroom"…), five lead articles (<table class=l_table>: a picture, a <span
class=l_title> headline link, a summary, edit and credit links), a "Latest news" box beside
them (a <ul> of ten headline links to the same articles with "?dpl_id=…" added, five of them
the leads'), rows of portal links (regions, topics), then boxes: "Write an article!", "Recent
interviews" (four links), "Original reporting" (four), "About Wikinews", "Wikinews's best
work" (five, in most recently promoted order), "Around Wikinews" (help pages), other
languages, sister projects. Entries: the five leads, the latest news not among them, the
recent interviews and the original reporting, once each, in page order (18); a lead's
"?dpl_id" link in "Latest news" is the same entry. Titles: the link's text. No card shows a
date or a byline. Not entries: "Wikinews's best work" (a selection of older articles, as an
editor's picks box), the portal, help and about links, "» Older news" and the other "» More"
links, the language and sister-project links, the sidebar and footer.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://en.wikinews.org/wiki/Main_Page"
timezone = "UTC"
now = datetime(2016, 9, 6, 22, 34, tzinfo=UTC)

entries = [
    {
        "link": "https://en.wikinews.org/wiki/Candidates_suspend_campaigns_as_Hong_Kong_legislative_election_approaches",
        "title": "Candidates suspend campaigns as Hong Kong legislative election approaches",
        "published": None,
        "author": None,
        "also": (
            "https://en.wikinews.org/wiki/Candidates_suspend_campaigns_as_Hong_Kong_legislative_election_approaches?dpl_id=2797725",
        ),
    },
    {
        "link": "https://en.wikinews.org/wiki/Multiple_controversies_arise_on_eve_of_Hong_Kong_legislative_election",
        "title": "Multiple controversies arise on eve of Hong Kong legislative election",
        "published": None,
        "author": None,
        "also": (
            "https://en.wikinews.org/wiki/Multiple_controversies_arise_on_eve_of_Hong_Kong_legislative_election?dpl_id=2797753",
        ),
    },
    {
        "link": "https://en.wikinews.org/wiki/Manchester_City_loans_Joe_Hart_to_Torino",
        "title": "Manchester City loans Joe Hart to Torino",
        "published": None,
        "author": None,
        "also": ("https://en.wikinews.org/wiki/Manchester_City_loans_Joe_Hart_to_Torino?dpl_id=2797578",),
    },
    {
        "link": "https://en.wikinews.org/wiki/Alc%C3%A1cer_signs_five_year_contract_with_Bar%C3%A7a;_Munir_loaned_to_Valencia",
        "title": "Alcácer signs five year contract with Barça; Munir loaned to Valencia",
        "published": None,
        "author": None,
        "also": (
            "https://en.wikinews.org/wiki/Alc%C3%A1cer_signs_five_year_contract_with_Bar%C3%A7a;_Munir_loaned_to_Valencia?dpl_id=2797437",
        ),
    },
    {
        "link": "https://en.wikinews.org/wiki/Black_Lives_Matter_protest_causes_delays_at_London_City_Airport",
        "title": "Black Lives Matter protest causes delays at London City Airport",
        "published": None,
        "author": None,
        "also": (
            "https://en.wikinews.org/wiki/Black_Lives_Matter_protest_causes_delays_at_London_City_Airport?dpl_id=2797908",
        ),
    },
    {
        "link": "https://en.wikinews.org/wiki/Lightning_strikes_dead_more_than_300_wild_reindeer_in_Norway?dpl_id=2797415",
        "title": "Lightning strikes dead more than 300 wild reindeer in Norway",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/Sevilla_signs_Sirigu_on_loan_from_Paris_SG?dpl_id=2797217",
        "title": "Sevilla signs Sirigu on loan from Paris SG",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/Claudio_Bravo_signs_Manchester_City?dpl_id=2797152",
        "title": "Claudio Bravo signs Manchester City",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/FC_Barcelona_signs_Jasper_Cillessen?dpl_id=2797146",
        "title": "FC Barcelona signs Jasper Cillessen",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/North_Korea_fires_balistic_missile_from_submarine?dpl_id=2797069",
        "title": "North Korea fires balistic missile from submarine",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/Wikinews_interviews_Augustus_Sol_Invictus,_Libertarian_Party_candidate_for_U.S._Senate",
        "title": "Wikinews interviews Augustus Sol Invictus, Libertarian Party candidate for U.S. Senate",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/Wikinews_interviews_Rocky_De_La_Fuente,_U.S._Democratic_Party_presidential_candidate",
        "title": "Wikinews interviews Rocky De La Fuente, U.S. Democratic Party presidential candidate",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/Wikinews_interviews_three_figures_from_Donald_Trump%27s_political_past",
        "title": "Wikinews interviews three figures from Donald Trump's political past",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/Wikinews_interviews_Steve_Burke,_U.S._Democratic_Party_presidential_candidate",
        "title": "Wikinews interviews Steve Burke, U.S. Democratic Party presidential candidate",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2016",
        "title": "On the campaign trail in the USA, July 2016",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_June_2016",
        "title": "On the campaign trail in the USA, June 2016",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_May_2016",
        "title": "On the campaign trail in the USA, May 2016",
        "published": None,
        "author": None,
    },
    {
        "link": "https://en.wikinews.org/wiki/Six_dead_following_flash_flooding_in_Palestine,_Texas",
        "title": "Six dead following flash flooding in Palestine, Texas",
        "published": None,
        "author": None,
    },
]
