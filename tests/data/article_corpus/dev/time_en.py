"""'By Alejandro de la Garza November 2, 2023 3:53 PM EDT'. The <h1> and newspaper4k's expected title (the page's social headline) differ: both count.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/time_001.html (MIT).
"""

from datetime import UTC, datetime

url = "https://time.com/6330957/james-hansen-climate-warning-geoengineering-study/"
timezone = "America/New_York"
lang = "en"
title = "We Need Geoengineering to Stop Out of Control Warming, Warns Climate Scientist James Hansen"
also_titles = ["James Hansen Calls for Geoengineering as a Climate Solution"]
published = datetime(2023, 11, 2, 19, 53, tzinfo=UTC)  # 2023-11-02 15:53 America/New_York
authors = ["Alejandro de la Garza"]
