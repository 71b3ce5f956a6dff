"""Real page: the Texas State Library and Archives Commission's home page (tsl.texas.gov, a
Drupal 10 site on the U.S. Web Design System), saved in February 2026 by dweilert/tslac (a tool
that curates the agency's news) as a test fixture. English (en). A header of links, search tabs
and social icons, the primary navigation, a hero slideshow of five promotions (a picture link and
a caption each: "Attention Public Libraries: February is Speed Test Month!"), then "Featured
News": four rows <div class="views-row">, each a title link to a node and the day "Feb 12, 2026"
in a <span class="views-field-field-pr-post-date">, under them "See More News and Events >>",
"View Our Calendar" and "Subscribe To Events"; then three boxes of service links ("For the
Public", "For Libraries", "For Government") and the footer. Entries: the four news rows, in page
order. Titles: the link text. Published: the day shown (a date). No bylines (author None). Not
entries: the slideshow's promotions (a hero banner: pictures with captions, one of them
repeating a news link), the "more" and calendar links, the service boxes, navigation and footer.
"""

from datetime import UTC, date, datetime

url = "https://www.tsl.texas.gov/"
timezone = "America/Chicago"
now = datetime(2026, 2, 28, 23, 50, tzinfo=UTC)

entries = [
    {
        "link": "https://www.tsl.texas.gov/node/70484",
        "title": "New in the Lone Star Libraries Series: J. Erik Jonsson Central Library, Dallas Public Library",
        "published": date(2026, 2, 12),
        "author": None,
    },
    {
        "link": "https://www.tsl.texas.gov/node/70480",
        "title": "#TXBookChat LIVE Event at State Library on Feb. 25 to Feature Author Sam Haynes",
        "published": date(2026, 2, 10),
        "author": None,
    },
    {
        "link": "https://www.tsl.texas.gov/node/70476",
        "title": "Public Libraries Invited to Apply for TSLAC Texas Reads Grants",
        "published": date(2026, 2, 9),
        "author": None,
    },
    {
        "link": "https://www.tsl.texas.gov/node/70472",
        "title": "Popular E-Read Texas Library Service Moving to CloudLibrary Mobile App This Spring",
        "published": date(2026, 2, 4),
        "author": None,
    },
]
