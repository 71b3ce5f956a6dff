"""Real page: a U.S. representative's press releases (butterfield.house.gov, Drupal Views,
saved April 2015), kept by dwillis/statement as a spec fixture of its press-release scraper.
Ten <div class="views-row">: an <h3 class=field-content> title link, "<span class=
"views-field-created">Apr 16, 2015</span>" (a day only, abbreviated month), a "Press Release"
type link to the listing itself, an empty <h5> subtitle, a teaser cut short ("WASHINGTON, DC –
Today, Congressman G. K."). No bylines (authors None). Not entries: the office boxes (also
views-rows with <h3> links: "Washington Office", district offices), the menus, the pager.
`now` is the save (the fixture's commit, 19 April 2015 US Pacific time).
"""

from datetime import UTC, date, datetime

url = "http://butterfield.house.gov/media-center/press-releases"
timezone = "America/New_York"
now = datetime(2015, 4, 20, 3, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://butterfield.house.gov/media-center/press-releases/north-carolina-delegation-introduces-bipartisan-highway-bill-for",
        "title": "North Carolina Delegation Introduces Bipartisan Highway Bill for Military Corridor",
        "published": date(2015, 4, 16),
        "author": None,
    },
    {
        "link": "http://butterfield.house.gov/media-center/press-releases/butterfield-introduces-resolution-recognizing-duke-men-s-basketball-team",
        "title": "Butterfield Introduces Resolution Recognizing Duke Men’s Basketball Team and Congratulates Team on House Floor",
        "published": date(2015, 4, 15),
        "author": None,
    },
    {
        "link": "http://butterfield.house.gov/media-center/press-releases/butterfield-statement-on-wayne-community-college-shooting",
        "title": "Butterfield Statement on Wayne Community College Shooting",
        "published": date(2015, 4, 13),
        "author": None,
    },
    {
        "link": "http://butterfield.house.gov/media-center/press-releases/pocan-and-butterfield-make-friendly-ncaa-men-s-basketball-championship",
        "title": "Pocan and Butterfield Make Friendly NCAA Men’s Basketball Championship Wager",
        "published": date(2015, 4, 6),
        "author": None,
    },
    {
        "link": "http://butterfield.house.gov/media-center/press-releases/reps-adams-butterfield-and-price-urge-senators-burr-and-tillis-to",
        "title": "Reps. Adams, Butterfield and Price Urge Senators Burr and Tillis to Support Loretta Lynch for Attorney General",
        "published": date(2015, 3, 27),
        "author": None,
    },
    {
        "link": "http://butterfield.house.gov/media-center/press-releases/jones-and-butterfield-honor-judge-randy-d-doub",
        "title": "Jones and Butterfield Honor Judge Randy D. Doub",
        "published": date(2015, 3, 26),
        "author": None,
    },
    {
        "link": "http://butterfield.house.gov/media-center/press-releases/butterfield-remembers-legacy-of-willie-bradshaw",
        "title": "Butterfield Remembers Legacy of Willie Bradshaw",
        "published": date(2015, 3, 25),
        "author": None,
    },
    {
        "link": "http://butterfield.house.gov/media-center/press-releases/butterfield-statement-on-republican-passed-fy-16-budget",
        "title": "Butterfield Statement on Republican-Passed FY’16 Budget",
        "published": date(2015, 3, 25),
        "author": None,
    },
    {
        "link": "http://butterfield.house.gov/media-center/press-releases/butterfield-seeks-to-make-expediting-treatments-for-rare-pediatric",
        "title": "Butterfield Seeks to Make Expediting Treatments for Rare Pediatric Diseases Permanent through Introduction of Bipartisan Advancing Hope Act",
        "published": date(2015, 3, 23),
        "author": None,
    },
    {
        "link": "http://butterfield.house.gov/media-center/press-releases/butterfield-to-join-dept-of-health-human-services-for-panel-on-impact-of",
        "title": "Butterfield to Join Dept. of Health & Human Services for Panel on Impact of Affordable Care Act on North Carolina Women for ACA 5th Anniversary",
        "published": date(2015, 3, 20),
        "author": None,
    },
]
