"""Real page: a U.S. senator's "Media Releases", page 2 of 83 (billnelson.senate.gov/newsroom/
press-releases?page=1, a Drupal site, saved about 20 May 2015), kept by dwillis/statement as a
spec fixture of its press-release scraper (spec/bill_nelson_press.html, the name the 2013
ColdFusion page billnelson_media_us had before). Under "<h1>Media Releases</h1>", ten <div
class="views-row">, each a date box of three <div>s ("<div class=month>Mar</div><div
class=day>9</div><div class=year>2015</div>", a day only), an <h3> title link (relative), and a
teaser cut with "..." that opens "WASHINGTON, D.C. -". No bylines (authors None). Not entries:
the pager ("« first", "‹ previous", "1", "3" ... "9", "next ›", "last »"), the navigation, the
sidebar's "Newsroom" menu and "Yearly Archive" year <select>, the footer. `now` is the save
(the fixture's commit, 20 May 2015).
"""

from datetime import UTC, date, datetime

url = "http://www.billnelson.senate.gov/newsroom/press-releases?page=1"
timezone = "America/New_York"
now = datetime(2015, 5, 20, 15, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.billnelson.senate.gov/newsroom/press-releases/lawmakers-seek-tougher-penalties-for-id-thieves",
        "title": "Lawmakers seek tougher penalties for ID thieves",
        "published": date(2015, 3, 9),
        "author": None,
    },
    {
        "link": "http://www.billnelson.senate.gov/newsroom/press-releases/new-report-raises-questions-about-air-traffic-control",
        "title": "New report raises questions about air traffic control",
        "published": date(2015, 3, 2),
        "author": None,
    },
    {
        "link": "http://www.billnelson.senate.gov/newsroom/press-releases/nelson-bill-aimed-at-liquid-nicotine-clears-major-congressional-hurdle",
        "title": "Nelson bill aimed at liquid nicotine clears major congressional hurdle",
        "published": date(2015, 2, 26),
        "author": None,
    },
    {
        "link": "http://www.billnelson.senate.gov/newsroom/press-releases/senators-seek-rewards-for-information-on-isil-terrorists-responsible-for",
        "title": "Senators seek rewards for information on ISIL terrorists responsible for killing Americans",
        "published": date(2015, 2, 25),
        "author": None,
    },
    {
        "link": "http://www.billnelson.senate.gov/newsroom/press-releases/senator-demands-outside-fed-probe-into-burials-at-state-reform-school-site",
        "title": "Senator demands outside fed probe into burials at state reform school site",
        "published": date(2015, 2, 25),
        "author": None,
    },
    {
        "link": "http://www.billnelson.senate.gov/newsroom/press-releases/rubio-nelson-honor-the-life-and-legacy-of-south-floridas-georgia-jones-ayers",
        "title": "Rubio, Nelson honor the life and legacy of South Florida's Georgia Jones Ayers",
        "published": date(2015, 2, 24),
        "author": None,
    },
    {
        "link": "http://www.billnelson.senate.gov/newsroom/press-releases/federal-lawmakers-respond-to-jump-in-soap-related-child-poisonings",
        "title": "Federal lawmakers respond to jump in soap-related child poisonings",
        "published": date(2015, 2, 13),
        "author": None,
    },
    {
        "link": "http://www.billnelson.senate.gov/newsroom/press-releases/sen-bill-nelsons-comment-on-presidents-proposal",
        "title": "Sen. Bill Nelson's comment on president's proposal",
        "published": date(2015, 2, 11),
        "author": None,
    },
    {
        "link": "http://www.billnelson.senate.gov/newsroom/press-releases/nelson-cites-us-germany-differences-over-arming-ukraine",
        "title": "Nelson cites U.S.-Germany differences over arming Ukraine",
        "published": date(2015, 2, 9),
        "author": None,
    },
    {
        "link": "http://www.billnelson.senate.gov/newsroom/press-releases/lawmakers-call-on-feds-to-investigate-use-of-supercookies",
        "title": "Lawmakers call on feds to investigate use of supercookies",
        "published": date(2015, 2, 6),
        "author": None,
    },
]
