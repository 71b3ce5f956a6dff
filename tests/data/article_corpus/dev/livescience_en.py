"""'By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z' (a script writes the date the reader sees from this). article:author is the site's Facebook page.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/3c5bf8db4272925bf1dd5713fc325e179fd0d1cc6fb8c77aa2d917cfd2518a32.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.livescience.com/most-detailed-universe-simulation.html"
timezone = "America/New_York"
lang = "en"
title = "Physicists Just Created the Most Detailed Simulation of the Universe in History"
published = datetime(2019, 11, 19, 12, 48, tzinfo=UTC)
authors = ["Tim Childers"]
