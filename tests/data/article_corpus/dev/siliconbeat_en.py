"""'By Marisa Kendall / April 19, 2016 at 6:52 PM' (Pacific: the 20th in UTC).

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/silicon-beat/input.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.siliconbeat.com/2016/04/19/time-come-woman/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "VC: Time to ‘come out as a woman’"
published = datetime(2016, 4, 20, 1, 52, tzinfo=UTC)  # 2016-04-19 18:52 America/Los_Angeles
authors = ["Marisa Kendall"]
