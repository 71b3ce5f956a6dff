"""'April 06, 2016 12:00 ET'; the <title> is cut ('… Customer Data in'). A press release: its 'Source' is the company: authors not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/globenewswire/input.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.globenewswire.com/news-release/2016/04/06/1300478/0/en/Segment-Launches-Sources-to-Unify-Siloed-Customer-Data-in-Minutes.html"
timezone = "America/New_York"
lang = "en"
title = "Segment Launches Sources to Unify Siloed Customer Data in Minutes"
published = datetime(2016, 4, 6, 16, 0, tzinfo=UTC)  # 2016-04-06 12:00 EDT as the page names it
