"""Real page: the home page of the U.S. Fish and Wildlife Service's Migratory Bird Program
(fws.gov/birds/, a Wayback Machine capture of 24 November 2017), the body of a recorded
response in edgi-govdata-archiving/wayback's test cassettes. A conservation programme's home
page, like a wildlife charity's: menus, a hero ("2017 Federal Duck Stamp Art Contest!", "Bob
Hautman Wins Federal Duck Stamp Contest", a "Learn more" button to the same story as the
second news item), "What Matters Most?" (an "I am …" menu, then three call-to-action
<article>s of an <h3> — "Communication Towers", "Need a Permit", "Art & Wildlife Collide" —, a
paragraph and a "Learn More" button to a section's page), then "Featured News": six items,
each one link holding "<span class=date>October 25, 2017</span>" over "<span class='title
h3'>…</span>", with "All News" and social links in the block's header. Entries: the six news
items, in page order; titles: the title span (not the day). No bylines (authors None). Not
entries: the hero, the calls to action (evergreen section pages), the menus (the same long
site menu three times), "All News", "Last Updated: October 25, 2017", the footer. The address
is the captured page's; `now` is the capture (15:13 UTC). Days only (`date`).
"""

from datetime import UTC, date, datetime

url = "https://www.fws.gov/birds/"
timezone = "America/New_York"
now = datetime(2017, 11, 24, 15, 13, tzinfo=UTC)

entries = [
    {
        "link": "https://www.fws.gov/birds/news/171025hautman-brothers.php",
        "title": "View all 13 of the Hautman brothers' Original Winning Duck Stamp Paintings",
        "published": date(2017, 10, 25),
        "author": None,
    },
    {
        "link": "https://www.fws.gov/birds/news/170916duck-stamp.php",
        "title": "Minnesota Artist Bob Hautman Wins 2017 Federal Duck Stamp Art Contest",
        "published": date(2017, 9, 16),
        "author": None,
    },
    {
        "link": "https://www.fws.gov/birds/news/170908press-release.php",
        "title": "North American Wetlands Conservation Act Grants Announced",
        "published": date(2017, 9, 9),
        "author": None,
    },
    {
        "link": "https://www.fws.gov/birds/news/170901adaptiveharvestmanagement.php",
        "title": "Adaptive Harvest Management Report for 2018 Hunting Season",
        "published": date(2017, 9, 1),
        "author": None,
    },
    {
        "link": "https://www.fws.gov/birds/news/170829duck-stamps-contest.php",
        "title": "Witness History at the 2017 Federal Duck Stamp Art Contest",
        "published": date(2017, 8, 29),
        "author": None,
    },
    {
        "link": "https://www.fws.gov/birds/news/170824SOTB.php",
        "title": "Report Shows Farm Bill Benefits to Birds",
        "published": date(2017, 8, 24),
        "author": None,
    },
]
