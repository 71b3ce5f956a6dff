"""Real page: the home page of the University of Sydney (sydney.edu.au, Adobe Experience
Manager), saved by mediacloud/metadata-lib on 25 March 2024. `lang=en-AU`. The list is the
"News and opinion" carousel: three <a class="b-featured-article b-featured-article-list-feed
…"> cards, each a content type label "News_", a day ("06 March 2024", compared as the local
day), a picture, an <h3> title and a standfirst; no bylines (author None). Not entries: the
"See more" link, the study, research and engagement tiles, the rankings facts, menus,
contact lines and the footer.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswwwsydneyeduau (Apache-2.0).
"""

from datetime import UTC, date, datetime

url = "https://www.sydney.edu.au/"
timezone = "Australia/Sydney"
now = datetime(2024, 3, 25, 15, 23, tzinfo=UTC)

entries = [
    {
        "link": "https://www.sydney.edu.au/news-opinion/news/2024/03/06/around-10-000-steps-a-day-may-counteract-health-risks-of-high-se.html",
        "title": "Around 10,000 steps a day may counteract health risks of high sedentary time",
        "published": date(2024, 3, 6),
        "author": None,
    },
    {
        "link": "https://www.sydney.edu.au/news-opinion/news/2024/03/05/syrian-refugee-awarded-un-women-australia-mba-scholarship.html",
        "title": "Syrian refugee awarded UN Women Australia MBA scholarship",
        "published": date(2024, 3, 5),
        "author": None,
    },
    {
        "link": "https://www.sydney.edu.au/news-opinion/news/2024/01/25/richard-scolyer-andgeorgina-long-australians-of-the-year.html",
        "title": "Georgina Long and Richard Scolyer named Australians of the Year",
        "published": date(2024, 1, 25),
        "author": None,
    },
]
