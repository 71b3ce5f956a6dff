"""Real page: a U.S. senator's press releases for 2013 (vitter.senate.gov, "Press Releases |
Newsroom", saved 2 May 2013), kept by dwillis/statement as a spec fixture of its press-release
scraper. One <table class="table table-striped"> under a "<thead><tr class=divider><th>April
2013</th>" month heading per month: each row a date cell "<time datetime="2013-04-30">04/30/13</time>"
(a day only, month/day/two-digit year) and a title link. Every href is absolute but wrapped in
tabs and newlines inside the attribute ("\n\t\t\thttp://www.vitter.senate.gov/newsroom/press/
...\n\t\t\n\t"), which a browser drops (WHATWG URL parsing strips leading/trailing spaces and
removes tabs and newlines): the links below are what a reader's browser opens. No bylines
(authors None). Not entries: the navigation, "Constituent Services" and issue boxes in the
sidebar. `now` is the save (the fixture's commit, 2 May 2013).
"""

from datetime import UTC, date, datetime

url = "http://www.vitter.senate.gov/newsroom/press?year=2013"
timezone = "America/New_York"
now = datetime(2013, 5, 2, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-bp-to-pay-340-million-of-1-billion-in-early-restoration-fines",
        "title": "Vitter: BP to Pay $340 Million of $1 Billion in Early Restoration Fines",
        "published": date(2013, 4, 30),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-amendment-would-end-obamacare-exemption-for-obama-appointees",
        "title": "Vitter Amendment Would End Obamacare Exemption for Obama Appointees",
        "published": date(2013, 4, 25),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-brown-unveil-legislation-that-would-end-too-big-to-fail-policies",
        "title": "Vitter, Brown Unveil Legislation That Would End “Too Big To Fail” Policies",
        "published": date(2013, 4, 24),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-questions-dept-of-army-on-review-of-fort-polk-at-senate-committee-hearing",
        "title": "Vitter Questions Dept. of Army on Review of Fort Polk at Senate Committee Hearing",
        "published": date(2013, 4, 23),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-cordrays-testimony-increases-cloud-of-uncertainty",
        "title": "Vitter: Cordray’s Testimony Increases “Cloud of Uncertainty”",
        "published": date(2013, 4, 23),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-calls-for-release-of-year-old-stanford-ponzi-scheme-receiver-report",
        "title": "Vitter Calls for Release of Year-old Stanford Ponzi Scheme Receiver Report",
        "published": date(2013, 4, 19),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-introduces-north-american-wetlands-conservation-act",
        "title": "Vitter Introduces North American Wetlands Conservation Act",
        "published": date(2013, 4, 16),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-receives-spirit-of-enterprise-award",
        "title": 'Vitter Receives "Spirit of Enterprise" Award',
        "published": date(2013, 4, 16),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-furious-that-obamas-budget-has-zero-money-for-west-shore-levee-protection-program",
        "title": "Vitter Furious that Obama's Budget Has Zero Money for West Shore Levee Protection Program",
        "published": date(2013, 4, 11),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-fha-bailout-proposal-in-presidents-budget-is-a-lowlight-of-an-irresponsible-budget",
        "title": "Vitter: FHA Bailout Proposal in President’s Budget is a Lowlight of an Irresponsible Budget",
        "published": date(2013, 4, 11),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-bill-will-extend-states-offshore-jurisdiction-including-fisheries-management-",
        "title": "Vitter Bill Will Extend State’s Offshore Jurisdiction, Including Fisheries Management",
        "published": date(2013, 4, 9),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-applauds-decision-to-protect-shreveport-control-tower-",
        "title": "Vitter Applauds Decision to Protect Shreveport Control Tower",
        "published": date(2013, 4, 5),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-says-over-the-counter-morning-after-pill-is-an-attack-on-parents-role",
        "title": "Vitter Says Over the Counter “Morning After” Pill is an Attack on Parents’ Role",
        "published": date(2013, 4, 5),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-discusses-efforts-to-protect-shreveport-control-tower-with-local-officials",
        "title": "Vitter Discusses Efforts to Protect Shreveport Control Tower With Local Officials",
        "published": date(2013, 4, 4),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/fischer-vitter-epa-giving-out-personal-information-of-private-citizens-to-environmental-groups",
        "title": "Fischer, Vitter: EPA Giving out Personal Information of Private Citizens to Environmental Groups",
        "published": date(2013, 4, 4),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-calls-obamas-latest-home-lending-plan-subprime-deja-vu_",
        "title": "Vitter Calls Obama’s Latest Home Lending Plan Subprime Déjà vu",
        "published": date(2013, 4, 3),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-sessions-question-epa-sue-and-settle-deal-with-sierra-club",
        "title": "Vitter, Sessions Question EPA “Sue-and-Settle” Deal with Sierra Club",
        "published": date(2013, 4, 2),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/vitter-says-tier-3-regulation-is-bad-news-for-drivers",
        "title": "Vitter Says Tier 3 Regulation is Bad News for Drivers",
        "published": date(2013, 3, 29),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/senate-approves-vitter-brown-amendment-to-end-too-big-to-fail-hand-out-for-mega-banks-",
        "title": "Senate Approves Vitter, Brown Amendment to End Too-Big-To-Fail Hand Out for Mega-banks",
        "published": date(2013, 3, 22),
        "author": None,
    },
    {
        "link": "http://www.vitter.senate.gov/newsroom/press/lesson-from-vote-a-rama-senate-supports-energy-production-opposes-carbon-tax",
        "title": "Lesson from Vote-A-Rama: Senate Supports Energy Production, Opposes Carbon Tax",
        "published": date(2013, 3, 22),
        "author": None,
    },
]
