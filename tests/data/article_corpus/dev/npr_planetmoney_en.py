"""'December 23, 2020 10:36 PM ET' and two bylines, 'Darian Woods' and 'Sarah Gonzalez' (JSON-LD: one Person whose name is a list of both); og:title adds ': Planet Money', the <title> is another headline.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/npr/input.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.npr.org/2020/12/23/949764249/fork-the-government"
timezone = "America/New_York"
lang = "en"
title = "Fork The Government"
published = datetime(2020, 12, 24, 3, 36, tzinfo=UTC)  # 2020-12-23 22:36 America/New_York
authors = ["Darian Woods", "Sarah Gonzalez"]
