"""'by Roger Gonzalez @rgonzalezcbs Nov 19, 2019 at 6:46 pm ET'.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.cbssports.com/soccer/news/uefa-euro-2020-qualifying-tracking-every-team-to-clinch-a-spot-as-wales-punches-ticket/"
timezone = "America/New_York"
lang = "en"
title = "UEFA Euro 2020 qualifying: Tracking every team to clinch a spot as Wales punches ticket"
published = datetime(2019, 11, 19, 23, 46, tzinfo=UTC)  # 2019-11-19 18:46 America/New_York
authors = ["Roger Gonzalez"]
